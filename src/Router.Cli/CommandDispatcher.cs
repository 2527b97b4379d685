using System;

namespace Router.Cli
{
    /// <summary>
    /// Runs one console line: tokenize, answer help, identify the command, check the
    /// caller's privilege, check the values, call the handler. Every outcome is written to
    /// the output as the manuals do (the handler's answer, "Info (134003): Operation
    /// successful." or a numbered error) and returned as a <see cref="CommandResult"/>
    /// code; no exception leaves <see cref="Execute"/>.
    ///
    /// One dispatcher per console or session (it owns the reusable line and parser state);
    /// the <see cref="CommandTable"/> may be shared. Who the caller is and whether system
    /// security is enabled are inputs, decided by the user and security modules.
    /// </summary>
    public sealed class CommandDispatcher
    {
        private readonly CommandLine _line = new CommandLine();
        private readonly CommandParser _parser;
        private readonly HelpPrinter _help;
        private CommandEntry _running;

        public CommandDispatcher(CommandTable table)
        {
            _parser = new CommandParser(table);
            _help = new HelpPrinter(table);
        }

        public int Execute(string text, Privilege caller, bool securityMode, ICommandOutput output)
        {
            try
            {
                return Run(text, caller, securityMode, output);
            }
            catch (Exception)
            {
                // A handler (or the output) failed: answer, keep the console alive.
                return Report(output, CliMessages.InternalError, "\"" + SafeTitle() + "\" failed with an internal error.");
            }
        }

        private int Run(string text, Privilege caller, bool securityMode, ICommandOutput output)
        {
            _running = null;
            int error = _line.Tokenize(text);
            if (error != 0)
            {
                return Report(output, error, TokenizerMessage(error, _line.ErrorPosition, text));
            }

            if (_line.Count == 0)
            {
                return CommandResult.Nothing;
            }

            if (IsHelpRequest())
            {
                return Help(output);
            }

            CommandEntry entry = _parser.Identify(_line);
            if (entry == null)
            {
                return Report(output, _parser.ErrorNumber, _parser.ErrorText);
            }

            if (caller < entry.MinimumPrivilege)
            {
                return Report(output, CliMessages.PrivilegeRequired, "\"" + entry.Title + "\" requires " + CliMessages.PrivilegeName(entry.MinimumPrivilege) + " privilege.");
            }

            if (securityMode && entry.IsSecurityCommand && caller != Privilege.SecurityOfficer)
            {
                return Report(output, CliMessages.SecurityOfficerRequired, "\"" + entry.Title + "\" requires Security Officer privilege when system security is enabled.");
            }

            ParsedCommand command = _parser.Bind(_line);
            if (command == null)
            {
                return Report(output, _parser.ErrorNumber, _parser.ErrorText);
            }

            _running = entry;
            int result = entry.Handler.Execute(command, output);
            if (result == CommandResult.Success)
            {
                output.WriteLine(CliMessages.OperationSuccessfulLine);
            }

            return result;
        }

        /// <summary>"help ...", "? ..." or "... ?".</summary>
        private bool IsHelpRequest()
        {
            return _line.IsWord(0, "help") || _line.IsWord(0, "?") || _line.IsWord(_line.Count - 1, "?");
        }

        private int Help(ICommandOutput output)
        {
            bool leading = _line.IsWord(0, "help") || _line.IsWord(0, "?");
            int first = leading ? 1 : 0;
            int count = _line.Count - 1;
            if (leading && count > 0 && _line.IsWord(_line.Count - 1, "?"))
            {
                count--;
            }

            if (count <= 0)
            {
                _help.PrintOverview(output);
                return CommandResult.Shown;
            }

            if (_help.PrintMatching(_line, first, count, output) == 0)
            {
                int start = _line.NameStart(first);
                int last = first + count - 1;
                int end = _line.IsBareValue(last) || _line.HasValue(last)
                    ? _line.ValueStart(last) + _line.ValueLength(last)
                    : _line.NameStart(last) + _line.NameLength(last);
                return Report(output, CliMessages.NoHelpMatch, "No command matches \"" + _line.Text.Substring(start, end - start) + "\".");
            }

            return CommandResult.Shown;
        }

        private static string TokenizerMessage(int error, int position, string text)
        {
            switch (error)
            {
                case CliMessages.LineTooLong:
                    return "Command line is too long (maximum " + CommandLine.MaxLength.ToString() + " characters).";
                case CliMessages.TooManyWords:
                    return "Too many words in the command (maximum " + CommandLine.MaxWords.ToString() + ").";
                case CliMessages.InvalidCharacter:
                    return "Invalid character (0x" + ((int)text[position]).ToString("X2") + ") at position " + (position + 1).ToString() + ".";
                case CliMessages.MissingParameterName:
                    return "Missing parameter name before \"=\" at position " + (position + 1).ToString() + ".";
                case CliMessages.MissingClosingQuote:
                    return "Missing closing quote after position " + (position + 1).ToString() + ".";
                default:
                    return "Misplaced quote at position " + (position + 1).ToString() + ".";
            }
        }

        private string SafeTitle()
        {
            try
            {
                return _running == null ? "command" : _running.Title;
            }
            catch (Exception)
            {
                return "command";
            }
        }

        private static int Report(ICommandOutput output, int number, string text)
        {
            try
            {
                CliMessages.WriteError(output, number, text);
            }
            catch (Exception)
            {
                // The output itself is broken; nothing more can be said.
            }

            return CommandResult.Error;
        }
    }
}
