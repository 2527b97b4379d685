using System;
using System.Collections.Generic;
using Host.Integration.Tests;
using PeerSupport;

namespace Browser.Tests
{
    /// <summary>
    /// router-vdev started inside a network namespace (its sockets on the namespace's 127.0.0.1), console on its
    /// piped standard streams: type a line, wait for the next prompt. The namespace stops it by PID.
    /// </summary>
    internal sealed class NamespacedDevice
    {
        public static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

        private readonly NamespaceProcess _process;

        private NamespacedDevice(NamespaceProcess process)
        {
            _process = process;
        }

        public NamespaceProcess Process
        {
            get { return _process; }
        }

        public static NamespacedDevice Start(NetworkNamespace ns, string workingDirectory, params string[] arguments)
        {
            List<string> all = new List<string> { VirtualDeviceLocator.DevicePath() };
            all.AddRange(arguments);
            return new NamespacedDevice(ns.Start(PeerPrograms.DotnetHost(), all, workingDirectory));
        }

        /// <summary>Answers login: and Password: and waits for <paramref name="prompt"/>.</summary>
        public void LogIn(string name, string password, string prompt)
        {
            _process.Stdout.WaitFor("login: ", Patience);
            _process.Type(name + "\r");
            _process.Stdout.WaitFor("Password: ", Patience);
            _process.Type(password + "\r");
            _process.Stdout.WaitFor(prompt, Patience);
        }

        /// <summary>Types <paramref name="line"/>; returns everything up to the next <paramref name="prompt"/>.</summary>
        public string Command(string line, string prompt)
        {
            _process.Type(line + "\r");
            return _process.Stdout.WaitFor(prompt, Patience);
        }

        /// <summary>Like <see cref="Command"/>, and throws unless the answer is an Info message (no Error).</summary>
        public string Accepted(string line, string prompt)
        {
            string answer = Command(line, prompt);
            if (!answer.Contains("Info (", StringComparison.Ordinal) || answer.Contains("Error (", StringComparison.Ordinal))
            {
                throw new InvalidOperationException("the device did not accept \"" + line + "\":\n" + answer);
            }

            return answer;
        }
    }
}
