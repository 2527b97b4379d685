using System;
using System.Diagnostics;
using System.IO;
using System.Text;
using System.Threading;

namespace Host.Integration.Tests
{
    /// <summary>
    /// A running router-vdev process with piped standard streams. Dispose kills it by PID
    /// (with anything it started) if it is still running, so a failing test leaves nothing behind.
    /// </summary>
    internal sealed class VirtualDevice : IDisposable
    {
        public static readonly TimeSpan Patience = TimeSpan.FromSeconds(5);

        private readonly Process _process;
        private readonly Thread _stdoutReader;
        private readonly StringBuilder _stderr = new StringBuilder();

        private VirtualDevice(Process process)
        {
            _process = process;
            _stdoutReader = new Thread(ReadStdout) { IsBackground = true, Name = "router-vdev stdout" };
            _stdoutReader.Start();
            _process.ErrorDataReceived += (sender, e) =>
            {
                lock (_stderr)
                {
                    _stderr.AppendLine(e.Data);
                }
            };
            _process.BeginErrorReadLine();
        }

        public ConsoleTranscript Stdout { get; } = new ConsoleTranscript();

        public int Pid
        {
            get { return _process.Id; }
        }

        public string Stderr
        {
            get
            {
                lock (_stderr)
                {
                    return _stderr.ToString();
                }
            }
        }

        public static VirtualDevice Start(string workingDirectory, params string[] arguments)
        {
            ProcessStartInfo start = new ProcessStartInfo(VirtualDeviceLocator.DotnetHost())
            {
                WorkingDirectory = workingDirectory,
                RedirectStandardInput = true,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            start.ArgumentList.Add(VirtualDeviceLocator.DevicePath());
            foreach (string argument in arguments)
            {
                start.ArgumentList.Add(argument);
            }

            return new VirtualDevice(Process.Start(start));
        }

        /// <summary>Types <paramref name="keys"/> on the device's standard input.</summary>
        public void Type(string keys)
        {
            byte[] bytes = Encoding.ASCII.GetBytes(keys);
            _process.StandardInput.BaseStream.Write(bytes, 0, bytes.Length);
            _process.StandardInput.BaseStream.Flush();
        }

        public void CloseInput()
        {
            _process.StandardInput.Close();
        }

        public int WaitForExit(TimeSpan timeout)
        {
            if (!_process.WaitForExit(timeout))
            {
                throw new TimeoutException("router-vdev (pid " + Pid + ") did not exit; stderr:\n" + Stderr);
            }

            _process.WaitForExit();
            return _process.ExitCode;
        }

        public void Dispose()
        {
            try
            {
                if (!_process.HasExited)
                {
                    _process.Kill(true);
                    _process.WaitForExit(2000);
                }
            }
            catch (InvalidOperationException)
            {
                // Already gone.
            }

            _process.Dispose();
        }

        private void ReadStdout()
        {
            Stream stdout = _process.StandardOutput.BaseStream;
            byte[] buffer = new byte[4096];
            try
            {
                int count;
                while ((count = stdout.Read(buffer, 0, buffer.Length)) > 0)
                {
                    Stdout.Append(buffer, count);
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
                Stdout.End();
            }
        }
    }
}
