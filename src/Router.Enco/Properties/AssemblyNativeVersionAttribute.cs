#if HOST_BOARD
namespace System.Reflection
{
    /// <summary>
    /// Host stand-in for nanoFramework's <c>AssemblyNativeVersionAttribute</c> (mscorlib on the
    /// device), which .NET lacks, so that AssemblyInfo.cs compiles unchanged on both.
    /// </summary>
    [AttributeUsage(AttributeTargets.Assembly)]
    internal sealed class AssemblyNativeVersionAttribute : Attribute
    {
        private readonly string _nativeVersion;

        public AssemblyNativeVersionAttribute(string nativeVersion)
        {
            _nativeVersion = nativeVersion;
        }

        public string NativeVersion
        {
            get { return _nativeVersion; }
        }
    }
}
#endif
