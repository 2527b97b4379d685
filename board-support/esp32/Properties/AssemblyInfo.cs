using System.Reflection;

[assembly: AssemblyTitle("Router.Esp32")]
[assembly: AssemblyDescription("The ESP32 board: UART console, flash partition, clock; starts the router")]
[assembly: AssemblyProduct("Router firmware")]
[assembly: AssemblyVersion("0.1.0.0")]

// The flash natives are an interop library of their own (native-interop/esp32-board).
[assembly: AssemblyNativeVersion("1.0.0.0")]
