namespace Router.Cli
{
    /// <summary>
    /// The code behind one command. It receives a command that has already been parsed and
    /// checked against its Syntax line, so it only reads typed values, acts and answers.
    /// It returns one of the <see cref="CommandResult"/> codes.
    /// </summary>
    public interface ICommandHandler
    {
        int Execute(ParsedCommand command, ICommandOutput output);
    }
}
