using System;
using System.Diagnostics;
using System.IO;
using System.Text;
using System.Threading;

namespace PeerSupport
{
    /// <summary>
    /// A process started inside a network namespace with `ip netns exec` (which execs the program, so the PID is
    /// the program's), standard streams piped: stdout and stderr fill <see cref="Transcript"/>s, input can be
    /// typed. Stop and Dispose kill it and its descendants by PID.
    /// </summary>
    public sealed class NamespaceProcess : IDisposable
    {
        private readonly Process _process;
        private readonly Thread _stdoutReader;
        private readonly Thread _stderrReader;

        internal NamespaceProcess(ProcessStartInfo start)
        {
            start.RedirectStandardInput = true;
            start.RedirectStandardOutput = true;
            start.RedirectStandardError = true;
            start.UseShellExecute = false;
            _process = Process.Start(start);
            Pid = _process.Id;
            CommandLine = start.FileName + " " + string.Join(" ", start.ArgumentList);
            _stdoutReader = Pump(_process.StandardOutput.BaseStream, Stdout, "stdout");
            _stderrReader = Pump(_process.StandardError.BaseStream, Stderr, "stderr");
        }

        public Transcript Stdout { get; } = new Transcript();

        public Transcript Stderr { get; } = new Transcript();

        public string CommandLine { get; }

        public int Pid { get; }

        /// <summary>The exit code once it has ended (also after Dispose), or null while it runs.</summary>
        public int? ExitCode { get; private set; }

        public bool HasExited
        {
            get { return ExitCode != null || _process.HasExited; }
        }

        /// <summary>Writes <paramref name="text"/> (ASCII) on the process's standard input.</summary>
        public void Type(string text)
        {
            byte[] bytes = Encoding.ASCII.GetBytes(text);
            _process.StandardInput.BaseStream.Write(bytes, 0, bytes.Length);
            _process.StandardInput.BaseStream.Flush();
        }

        public void CloseInput()
        {
            _process.StandardInput.Close();
        }

        /// <summary>Waits for the exit and for both streams to end; null when it is still running after the timeout.</summary>
        public int? WaitForExit(TimeSpan timeout)
        {
            if (!_process.WaitForExit(timeout))
            {
                return null;
            }

            _stdoutReader.Join(5000);
            _stderrReader.Join(5000);
            ExitCode = _process.ExitCode;
            return ExitCode;
        }

        /// <summary>Kills the process and its descendants by PID if it still runs.</summary>
        public void Stop()
        {
            try
            {
                if (!_process.HasExited)
                {
                    _process.Kill(true);
                    _process.WaitForExit(5000);
                }

                if (_process.HasExited && ExitCode == null)
                {
                    ExitCode = _process.ExitCode;
                }
            }
            catch (InvalidOperationException)
            {
                // Already gone.
            }
        }

        public override string ToString()
        {
            return CommandLine + " (pid " + Pid + (ExitCode != null ? ", exit " + ExitCode : "") + ")\n--- stdout\n"
                + Stdout.Text + "\n--- stderr\n" + Stderr.Text;
        }

        public void Dispose()
        {
            Stop();
            _process.Dispose();
        }

        private static Thread Pump(Stream stream, Transcript transcript, string name)
        {
            Thread reader = new Thread(() =>
            {
                byte[] buffer = new byte[8192];
                try
                {
                    int count;
                    while ((count = stream.Read(buffer, 0, buffer.Length)) > 0)
                    {
                        transcript.Append(Encoding.Latin1.GetString(buffer, 0, count));
                    }
                }
                catch (IOException)
                {
                    // The process went away.
                }
                catch (ObjectDisposedException)
                {
                    // Disposed while reading.
                }
                finally
                {
                    transcript.End();
                }
            }) { IsBackground = true, Name = name };
            reader.Start();
            return reader;
        }
    }
}
