namespace Router.Pki.Commands
{
    /// <summary>
    /// The console's side of "add pki certificate=NAME location=console": after the command
    /// returns, the console hands each following line to the <see cref="PemPaste"/> instead of
    /// the command language, until the paste says it is done. Implemented by the console shell.
    /// </summary>
    public interface IPemPasteHost
    {
        /// <summary>Whether someone is at the console to paste (not while a configuration script runs).</summary>
        bool CanPaste { get; }

        /// <summary>Routes the next lines to <paramref name="paste"/> until <see cref="PemPaste.AcceptLine"/> returns true.</summary>
        void BeginPaste(PemPaste paste);
    }
}
