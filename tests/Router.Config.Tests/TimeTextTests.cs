using System;
using nanoFramework.TestFramework;
using Router.Config.Settings;

namespace Router.Config.Tests
{
    [TestClass]
    public class TimeTextTests
    {
        [TestMethod]
        [DataRow("00:00", 0)]
        [DataRow("23:59:59", 86399)]
        [DataRow("09:30", 34200)]
        [DataRow("24:00", -1)]
        [DataRow("12:60", -1)]
        [DataRow("12:00:60", -1)]
        [DataRow("1:00", -1)]
        [DataRow("12-00", -1)]
        [DataRow("ab:cd", -1)]
        [DataRow("12:00:0", -1)]
        public void TimesAreHoursMinutesAndSeconds(string text, int seconds)
        {
            Assert.AreEqual(seconds, TimeText.ParseTime(text));
        }

        [TestMethod]
        [DataRow("23-Nov-2025", true, 2025, 11, 23)]
        [DataRow("1-jan-2026", true, 2026, 1, 1)]
        [DataRow("29-Feb-2028", true, 2028, 2, 29)]
        [DataRow("29-Feb-2027", false, 0, 0, 0)]
        [DataRow("31-Apr-2026", false, 0, 0, 0)]
        [DataRow("00-Jan-2026", false, 0, 0, 0)]
        [DataRow("10-Foo-2026", false, 0, 0, 0)]
        [DataRow("10-Jan-1999", false, 0, 0, 0)]
        [DataRow("10/Jan/2026", false, 0, 0, 0)]
        [DataRow("10-Jan-20x6", false, 0, 0, 0)]
        public void DatesAreTheManualsForm(string text, bool valid, int year, int month, int day)
        {
            DateTime date;
            Assert.AreEqual(valid, TimeText.TryParseDate(text, out date));
            if (valid)
            {
                Assert.AreEqual(new DateTime(year, month, day), date);
            }
        }
    }
}
