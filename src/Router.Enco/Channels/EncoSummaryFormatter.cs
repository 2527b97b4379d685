using Router.Enco.Keys;

namespace Router.Enco.Channels
{
    /// <summary>
    /// show enco: the channel pool, the key database and the engine's algorithms, in the layout of
    /// show ssl (000, Figure 45-2). The manuals send the reader here for "the maximum number of
    /// ENCO channels" (001), so that line comes first.
    /// <code>
    /// SHOW ENCO
    /// ----------------------------------------------------------
    /// Channels:
    /// Maximum Number of Channels ............. 8
    /// Channels in Use ........................ 2
    /// Max. Channels in Use ................... 3
    /// Attach Failures ........................ 0
    /// Context Buffer per Channel ............. 2368 bytes
    ///
    /// Keys:
    /// Keys ................................... 3 of 16
    /// Key Material in RAM .................... 1320 bytes
    /// Stored in Flash ........................ Yes (system security enabled)
    ///
    /// Algorithms:
    /// Ciphers ................................ AES-GCM, ChaCha20-Poly1305, AES, 3DES, DES
    /// ...
    ///
    /// Channel   Owner      Id
    /// ----------------------------------------------------------
    /// 0         SSL/TLS    17
    /// 1         IPsec      3
    /// ----------------------------------------------------------
    /// </code>
    /// </summary>
    public static class EncoSummaryFormatter
    {
        public const string Title = "SHOW ENCO";

        /// <param name="algorithms">
        /// The algorithms section as label/value pairs (label at even indexes), from whoever knows
        /// what the engine on this board offers; null to leave the section out.
        /// </param>
        public static void Write(IShowOutput output, EncoChannelPool channels, EncoKeyStore keys, string[] algorithms)
        {
            output.WriteLine(Title);
            output.WriteLine(ShowLayout.Rule);
            output.WriteLine("Channels:");
            output.WriteLine(ShowLayout.Field("Maximum Number of Channels", channels.Capacity.ToString()));
            output.WriteLine(ShowLayout.Field("Channels in Use", channels.InUse.ToString()));
            output.WriteLine(ShowLayout.Field("Max. Channels in Use", channels.MaxInUse.ToString()));
            output.WriteLine(ShowLayout.Field("Attach Failures", ShowLayout.Unsigned(channels.Counters.Get(EncoCounter.AttachFail))));
            output.WriteLine(ShowLayout.Field("Context Buffer per Channel", EncoChannel.ContextBufferSize.ToString() + " bytes"));

            if (keys != null)
            {
                output.WriteLine(string.Empty);
                output.WriteLine("Keys:");
                output.WriteLine(ShowLayout.Field("Keys", keys.Count.ToString() + " of " + keys.MaxKeys.ToString()));
                output.WriteLine(ShowLayout.Field("Key Material in RAM", keys.MaterialBytes.ToString() + " bytes"));
                output.WriteLine(ShowLayout.Field("Stored in Flash", keys.SecurityMode
                    ? "Yes (system security enabled)" : "No (system security disabled)"));
            }

            if (algorithms != null)
            {
                output.WriteLine(string.Empty);
                output.WriteLine("Algorithms:");
                for (int i = 0; i + 1 < algorithms.Length; i += 2)
                {
                    output.WriteLine(ShowLayout.Field(algorithms[i], algorithms[i + 1]));
                }
            }

            output.WriteLine(string.Empty);
            output.WriteLine("Channel   Owner      Id");
            output.WriteLine(ShowLayout.Rule);
            for (int i = 0; i < channels.Capacity; i++)
            {
                EncoChannel channel = channels.GetChannel(i);
                int owner = channel.Owner;
                if (owner != EncoChannelOwner.None)
                {
                    output.WriteLine(i.ToString().PadRight(10, ' ') + EncoChannelOwner.Name(owner).PadRight(11, ' ')
                        + channel.OwnerId.ToString());
                }
            }

            output.WriteLine(ShowLayout.Rule);
        }
    }
}
