using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;

namespace nanoFramework.TestFramework.Host
{
    /// <summary>Finds the [TestClass]/[TestMethod]/[DataRow] cases of an assembly, in the order the device runs them.</summary>
    public static class NanoTestCatalog
    {
        public static IEnumerable<object[]> Cases(Assembly assembly)
        {
            int order = 0;
            foreach (Type type in TestClasses(assembly))
            {
                foreach (MethodInfo method in MethodsWith<TestMethodAttribute>(type))
                {
                    DataRowAttribute[] rows = method.GetCustomAttributes<DataRowAttribute>().ToArray();
                    if (rows.Length == 0)
                    {
                        yield return new object[] { new NanoTestCase(type.FullName, method.Name, -1, order++) };
                    }

                    for (int row = 0; row < rows.Length; row++)
                    {
                        yield return new object[] { new NanoTestCase(type.FullName, method.Name, row, order++) };
                    }
                }
            }
        }

        internal static int CaseCount(Type type)
        {
            return MethodsWith<TestMethodAttribute>(type)
                .Sum(m => Math.Max(1, m.GetCustomAttributes<DataRowAttribute>().Count()));
        }

        internal static IEnumerable<Type> TestClasses(Assembly assembly)
        {
            return assembly.GetTypes()
                .Where(t => t.GetCustomAttribute<TestClassAttribute>() != null)
                .OrderBy(t => t.FullName, StringComparer.Ordinal);
        }

        /// <summary>Methods carrying <typeparamref name="TAttribute"/>, in declaration order.</summary>
        internal static IEnumerable<MethodInfo> MethodsWith<TAttribute>(Type type) where TAttribute : Attribute
        {
            return type.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly)
                .Where(m => m.GetCustomAttribute<TAttribute>() != null)
                .OrderBy(m => m.MetadataToken);
        }
    }
}
