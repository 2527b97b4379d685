using Xunit.Abstractions;

namespace nanoFramework.TestFramework.Host
{
    /// <summary>
    /// One run of a nanoFramework test method: the method itself, or one of its DataRows.
    /// Serializable so xunit lists every case separately.
    /// </summary>
    public sealed class NanoTestCase : IXunitSerializable
    {
        public NanoTestCase()
        {
        }

        public NanoTestCase(string className, string methodName, int dataRow, int order)
        {
            ClassName = className;
            MethodName = methodName;
            DataRow = dataRow;
            Order = order;
        }

        public string ClassName { get; private set; }

        public string MethodName { get; private set; }

        /// <summary>Index of the DataRow this case runs, or -1 for a method without rows.</summary>
        public int DataRow { get; private set; }

        /// <summary>Position in discovery order: classes by name, methods in declaration order.</summary>
        public int Order { get; private set; }

        public void Deserialize(IXunitSerializationInfo info)
        {
            ClassName = info.GetValue<string>("class");
            MethodName = info.GetValue<string>("method");
            DataRow = info.GetValue<int>("row");
            Order = info.GetValue<int>("order");
        }

        public void Serialize(IXunitSerializationInfo info)
        {
            info.AddValue("class", ClassName);
            info.AddValue("method", MethodName);
            info.AddValue("row", DataRow);
            info.AddValue("order", Order);
        }

        public override string ToString()
        {
            return DataRow < 0 ? ClassName + "." + MethodName : ClassName + "." + MethodName + "[row " + DataRow + "]";
        }
    }
}
