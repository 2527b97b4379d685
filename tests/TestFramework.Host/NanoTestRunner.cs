using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using System.Runtime.ExceptionServices;
using TestFrameworkShared;
using Xunit.Abstractions;

namespace nanoFramework.TestFramework.Host
{
    /// <summary>
    /// Runs one case with the nanoFramework semantics: one instance per test class, its
    /// [Setup] methods once before the class's first case, its [Cleanup] methods once after
    /// its last case (or at process exit when a filter left some cases out).
    /// </summary>
    public static class NanoTestRunner
    {
        private static readonly object Gate = new object();
        private static readonly Dictionary<Type, ClassRun> Runs = new Dictionary<Type, ClassRun>();

        static NanoTestRunner()
        {
            AppDomain.CurrentDomain.ProcessExit += (sender, args) => CleanupUnfinishedClasses();
        }

        public static void Run(Assembly assembly, NanoTestCase testCase, ITestOutputHelper output)
        {
            Type type = assembly.GetType(testCase.ClassName, true);
            MethodInfo method = NanoTestCatalog.MethodsWith<TestMethodAttribute>(type).Single(m => m.Name == testCase.MethodName);
            object[] arguments = testCase.DataRow < 0
                ? null
                : method.GetCustomAttributes<DataRowAttribute>().ElementAt(testCase.DataRow).MethodParameters;

            OutputHelper.Redirect(output.WriteLine);
            lock (Gate)
            {
                ClassRun run = Start(type);
                try
                {
                    if (run.SetupFailure != null)
                    {
                        throw new AssertFailedException("[Setup] of " + type.Name + " failed", run.SetupFailure);
                    }

                    Invoke(method, run.Instance, arguments);
                }
                finally
                {
                    run.Remaining--;
                    if (run.Remaining == 0)
                    {
                        Runs.Remove(type);
                        RunAll<CleanupAttribute>(type, run.Instance);
                    }
                }
            }
        }

        private static ClassRun Start(Type type)
        {
            if (Runs.TryGetValue(type, out ClassRun run))
            {
                return run;
            }

            run = new ClassRun
            {
                Instance = type.IsAbstract ? null : Activator.CreateInstance(type),
                Remaining = NanoTestCatalog.CaseCount(type),
            };
            Runs.Add(type, run);
            try
            {
                RunAll<SetupAttribute>(type, run.Instance);
            }
            catch (Exception ex)
            {
                run.SetupFailure = ex;
            }

            return run;
        }

        private static void RunAll<TAttribute>(Type type, object instance) where TAttribute : Attribute
        {
            foreach (MethodInfo method in NanoTestCatalog.MethodsWith<TAttribute>(type))
            {
                Invoke(method, instance, null);
            }
        }

        private static void Invoke(MethodInfo method, object instance, object[] arguments)
        {
            try
            {
                method.Invoke(method.IsStatic ? null : instance, arguments);
            }
            catch (TargetInvocationException ex) when (ex.InnerException is SkipTestException skip)
            {
                // xunit 2 has no dynamic skip; a skip the host cannot honour must not pass silently.
                throw new AssertFailedException("Skipped on the host (counts as a failure here): " + skip.Message);
            }
            catch (TargetInvocationException ex)
            {
                ExceptionDispatchInfo.Capture(ex.InnerException).Throw();
            }
        }

        private static void CleanupUnfinishedClasses()
        {
            lock (Gate)
            {
                foreach (KeyValuePair<Type, ClassRun> pending in Runs.ToArray())
                {
                    Runs.Remove(pending.Key);
                    try
                    {
                        RunAll<CleanupAttribute>(pending.Key, pending.Value.Instance);
                    }
                    catch (Exception ex)
                    {
                        Console.Error.WriteLine("[Cleanup] of " + pending.Key.Name + " failed: " + ex);
                    }
                }
            }
        }

        private sealed class ClassRun
        {
            public object Instance;
            public int Remaining;
            public Exception SetupFailure;
        }
    }
}
