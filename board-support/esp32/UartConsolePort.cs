using System.IO.Ports;
using nanoFramework.Hardware.Esp32;
using Router.Core;

namespace Router.Esp32
{
    /// <summary>
    /// The administrator's console on UART1 (COM2): RX on GPIO16, TX on GPIO17, 115200 8N1.
    /// UART0 stays with nanoFramework's debugger and deployment wire protocol.
    /// </summary>
    public sealed class UartConsolePort : IConsolePort
    {
        public const int RxPin = 16;
        public const int TxPin = 17;
        private const int BaudRate = 115200;

        // A console that nobody reads must not stall the router: writes give up after this.
        private const int WriteTimeoutMilliseconds = 200;

        private readonly SerialPort _port;

        public UartConsolePort()
        {
            Configuration.SetPinFunction(RxPin, DeviceFunction.COM2_RX);
            Configuration.SetPinFunction(TxPin, DeviceFunction.COM2_TX);
            _port = new SerialPort("COM2", BaudRate, Parity.None, 8, StopBits.One);
            _port.WriteTimeout = WriteTimeoutMilliseconds;
            _port.Open();
        }

        public int Read(byte[] buffer, int offset, int count, int timeoutMilliseconds)
        {
            _port.ReadTimeout = timeoutMilliseconds;
            int waiting = _port.BytesToRead;
            if (waiting == 0)
            {
                // Block for at most the timeout for the first byte, then take what else came.
                try
                {
                    int first = _port.ReadByte();
                    if (first < 0)
                    {
                        return 0;
                    }

                    buffer[offset] = (byte)first;
                    return 1;
                }
                catch (System.TimeoutException)
                {
                    return 0;
                }
            }

            return _port.Read(buffer, offset, waiting < count ? waiting : count);
        }

        public void Write(byte[] buffer, int offset, int count)
        {
            try
            {
                _port.Write(buffer, offset, count);
            }
            catch (System.TimeoutException)
            {
                // Dropped, as on a UART with no cable attached (see IConsolePort.Write).
            }
        }
    }
}
