using nanoFramework.Runtime.Native;
using Router.Device;

namespace Router.Esp32
{
    /// <summary>
    /// The device's entry point: builds the ESP32 board and runs the router on it. A restart
    /// from the console reboots the chip, so every boot starts from a clean heap.
    /// </summary>
    public static class Program
    {
        public static void Main()
        {
            Esp32Board board = new Esp32Board();
            DeviceSettings settings = new DeviceSettings();
            new RouterDevice(board, settings).Run();
            Power.RebootDevice(RebootOption.NormalReboot);
        }
    }
}
