using Router.Cli;
using Router.Config.Settings;
using Router.Core;
using Router.Core.Storage;

namespace Router.Config.Tests.Fakes
{
    /// <summary>
    /// Router.Config on a fresh 64 KB flash store with the device's geometry, its commands in
    /// the catalog's table, and a dispatcher to run lines as a given user.
    /// </summary>
    internal sealed class Fixture
    {
        public readonly FakeFlash Flash = new FakeFlash(64 * 1024, 4096);
        public readonly FakeClock Clock = new FakeClock();
        public readonly TestOutput Output = new TestOutput();
        public readonly EventLog Log;
        public readonly FlashStore Store;
        public readonly RouterConfiguration Configuration;
        public readonly CommandDispatcher Dispatcher;

        public Fixture()
        {
            Log = new EventLog(64, Clock);
            Store = NewStore();
            Store.Mount();
            Configuration = Build(Store);
            CommandTable table = CommandCatalog.CreateTable();
            Configuration.AttachCommands(table);
            Dispatcher = new CommandDispatcher(table);
        }

        public FlashStore NewStore()
        {
            return new FlashStore(Flash, 0, 16, 2, 32);
        }

        /// <summary>A second configuration over the same flash, as after a restart.</summary>
        public RouterConfiguration Build(FlashStore store)
        {
            RouterConfiguration configuration = new RouterConfiguration(store, Log, new SystemClock(Clock), "test header");
            configuration.Users.Iterations = 1000;
            return configuration;
        }

        /// <summary>Runs a line with the privilege given; returns the last line written.</summary>
        public string Run(string line, Privilege privilege)
        {
            Output.Clear();
            Dispatcher.Execute(line, privilege, Configuration.Security.IsEnabled, Output);
            return Output.Last;
        }

        public string Run(string line)
        {
            return Run(line, Privilege.Manager);
        }
    }
}
