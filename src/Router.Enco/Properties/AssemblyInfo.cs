using System.Reflection;
using System.Runtime.CompilerServices;

[assembly: AssemblyTitle("Router.Enco")]
[assembly: AssemblyDescription("ENCO engine facade: crypto over the native engine (mbedTLS on the ESP32 accelerators)")]
[assembly: AssemblyProduct("Router firmware")]
[assembly: AssemblyVersion("0.1.0.0")]

// The native interface this assembly was built against. nanoCLR refuses to bind the assembly to a
// firmware whose Router.Enco native table has another version; it must equal ENCO_VERSION_* in
// native-interop/enco/include/enco.h (EncoEngine.ExpectedAbiVersion is the same number).
[assembly: AssemblyNativeVersion("1.1.0.0")]

[assembly: InternalsVisibleTo("Router.Enco.HostTests")]
