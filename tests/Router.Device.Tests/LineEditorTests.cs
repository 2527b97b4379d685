using nanoFramework.TestFramework;
using Router.Device.Terminal;
using Router.Device.Tests.Fakes;

namespace Router.Device.Tests
{
    [TestClass]
    public class LineEditorTests
    {
        private FakeConsole _console;
        private TerminalWriter _writer;
        private LineEditor _editor;

        private void NewEditor(int maxLength)
        {
            _console = new FakeConsole();
            _writer = new TerminalWriter(_console, 64);
            _editor = new LineEditor(maxLength, _writer);
        }

        /// <summary>Feeds the bytes and returns the last status other than Pending (Pending if none).</summary>
        private LineStatus Feed(string keys)
        {
            LineStatus status = LineStatus.Pending;
            for (int i = 0; i < keys.Length; i++)
            {
                LineStatus next = _editor.Feed((byte)keys[i]);
                if (next != LineStatus.Pending)
                {
                    status = next;
                }
            }

            _writer.Flush();
            return status;
        }

        [TestMethod]
        public void EchoesPrintableCharactersAndCompletesOnCr()
        {
            NewEditor(32);
            Assert.AreEqual((int)LineStatus.Pending, (int)Feed("show"));
            Assert.AreEqual("show", _console.Output);
            Assert.AreEqual((int)LineStatus.Completed, (int)Feed("\r"));
            Assert.AreEqual("show", _editor.TakeLine());
            Assert.AreEqual("show\r\n", _console.Output);
        }

        [TestMethod]
        [DataRow("\r")]
        [DataRow("\n")]
        [DataRow("\r\n")]
        public void EndsALineOnCrLfOrCrLf(string ending)
        {
            NewEditor(32);
            Assert.AreEqual((int)LineStatus.Completed, (int)Feed("one" + ending));
            Assert.AreEqual("one", _editor.TakeLine());
            Assert.AreEqual((int)LineStatus.Completed, (int)Feed("two" + ending));
            Assert.AreEqual("two", _editor.TakeLine());
            Assert.AreEqual("one\r\ntwo\r\n", _console.Output, "CR LF must end one line, not two");
        }

        [TestMethod]
        public void LfCrIsTwoLines()
        {
            NewEditor(32);
            Assert.AreEqual((int)LineStatus.Completed, (int)Feed("a\n"));
            _editor.TakeLine();
            Assert.AreEqual((int)LineStatus.Completed, (int)Feed("\r"), "CR after LF is a new, empty line");
            Assert.AreEqual("", _editor.TakeLine());
        }

        [TestMethod]
        [DataRow(8)]
        [DataRow(127)]
        public void BackspaceOrDeleteErasesTheLastCharacter(int key)
        {
            NewEditor(32);
            Feed("shoe");
            _editor.Feed((byte)key);
            Feed("w\r");
            Assert.AreEqual("show", _editor.TakeLine());
            Assert.AreEqual("shoe\b \bw\r\n", _console.Output);
        }

        [TestMethod]
        public void BackspaceOnAnEmptyLineDoesNothing()
        {
            NewEditor(32);
            _editor.Feed(8);
            _editor.Feed(127);
            _writer.Flush();
            Assert.AreEqual("", _console.Output);
            Assert.AreEqual(0, _editor.Length);
        }

        [TestMethod]
        public void CtrlCCancelsTheLine()
        {
            NewEditor(32);
            Feed("restart");
            Assert.AreEqual((int)LineStatus.Cancelled, (int)Feed("\u0003"));
            Assert.AreEqual(0, _editor.Length);
            Assert.AreEqual("restart^C\r\n", _console.Output);

            Assert.AreEqual((int)LineStatus.Completed, (int)Feed("help\r"));
            Assert.AreEqual("help", _editor.TakeLine());
        }

        [TestMethod]
        public void OverlongLineIsRefusedWhenItEnds()
        {
            NewEditor(4);
            Assert.AreEqual((int)LineStatus.Pending, (int)Feed("abcdefgh"));
            Assert.AreEqual("abcd\u0007", _console.Output, "keys past the limit ring the bell once and are not echoed");
            Assert.AreEqual((int)LineStatus.TooLong, (int)Feed("\r"));
            Assert.AreEqual(0, _editor.Length);

            Assert.AreEqual((int)LineStatus.Completed, (int)Feed("ok\r"), "the next line is edited normally");
            Assert.AreEqual("ok", _editor.TakeLine());
        }

        [TestMethod]
        public void ALineOfExactlyTheLimitIsAccepted()
        {
            NewEditor(4);
            Assert.AreEqual((int)LineStatus.Completed, (int)Feed("abcd\r"));
            Assert.AreEqual("abcd", _editor.TakeLine());
        }

        [TestMethod]
        public void ArrowKeysAndOtherEscapeSequencesAreDropped()
        {
            NewEditor(32);
            Feed("a\u001b[A\u001b[1;5Cb\u001bOPc\r");
            Assert.AreEqual("abc", _editor.TakeLine());
        }

        [TestMethod]
        public void ControlAndNonAsciiBytesAreDropped()
        {
            NewEditor(32);
            _editor.Feed((byte)'a');
            _editor.Feed(0x00);
            _editor.Feed(0x09);
            _editor.Feed(0xC3);
            _editor.Feed(0xA9);
            _editor.Feed((byte)'b');
            _editor.Feed(0x0D);
            Assert.AreEqual("ab", _editor.TakeLine());
        }

        [TestMethod]
        public void WithoutEchoNothingButTheNewLineIsShown()
        {
            NewEditor(32);
            _editor.EchoEnabled = false;
            Feed("secret1\b2\r");
            Assert.AreEqual("\r\n", _console.Output);
            Assert.AreEqual(7, _editor.Length);
            Assert.AreEqual('2', _editor.Characters[6]);
        }

        [TestMethod]
        public void ClearWipesTheCharacters()
        {
            NewEditor(8);
            Feed("password\r");
            _editor.Clear();
            for (int i = 0; i < _editor.Characters.Length; i++)
            {
                Assert.AreEqual('\0', _editor.Characters[i]);
            }
        }

        [TestMethod]
        public void LeftArrowMovesTheCursorAndTypingInserts()
        {
            NewEditor(32);
            Feed("shw[D");
            Assert.AreEqual(2, _editor.Cursor);
            _console.ClearOutput();
            Feed("o");
            Assert.AreEqual("ow\b", _console.Output, "the inserted key and the tail it pushed, then back to the cursor");
            Assert.AreEqual((int)LineStatus.Completed, (int)Feed("\r"));
            Assert.AreEqual("show", _editor.TakeLine());
        }

        [TestMethod]
        public void BackspaceInTheMiddleClosesTheGap()
        {
            NewEditor(32);
            Feed("shoow[D[D");
            _console.ClearOutput();
            _editor.Feed(127);
            _writer.Flush();
            Assert.AreEqual("\bow \b\b\b", _console.Output, "left over the erased key, redraw the tail, blank the last cell, back");
            Feed("\r");
            Assert.AreEqual("show", _editor.TakeLine());
        }

        [TestMethod]
        public void DeleteKeyHomeEndAndRightArrowEdit()
        {
            NewEditor(32);
            // Home (ESC [H), Delete (ESC [3~) removes 'x', End (ESC [F), then Ctrl-A and Right once.
            Feed("xshow[H[3~[F system");
            Assert.AreEqual(11, _editor.Cursor);
            Feed("[COC");
            Assert.AreEqual(2, _editor.Cursor);
            Feed("[1~![4~\r");
            Assert.AreEqual("!show system", _editor.TakeLine());
        }

        [TestMethod]
        public void UpAndDownWalkTheHistory()
        {
            NewEditor(32);
            Feed("show system\r");
            _editor.TakeLine(true);
            Feed("show log\r");
            _editor.TakeLine(true);

            Feed("draft[A");
            Assert.AreEqual("show log", new string(_editor.Characters, 0, _editor.Length));
            Feed("[A");
            Assert.AreEqual("show system", new string(_editor.Characters, 0, _editor.Length));
            _console.ClearOutput();
            Feed("[A");
            Assert.AreEqual("\u0007", _console.Output, "past the oldest line: the bell, nothing else");
            Feed("[B[B");
            Assert.AreEqual(0, _editor.Length, "below the newest line is an empty line");
            Feed("[A[D[D[D-x\r");
            Assert.AreEqual("show -xlog", _editor.TakeLine(true), "a recalled line is edited like a typed one");
            Assert.AreEqual(3, _editor.History.Count);
        }

        [TestMethod]
        public void ARecalledShorterLineBlanksTheRestOfTheLongerOne()
        {
            NewEditor(32);
            Feed("ab\r");
            _editor.TakeLine(true);
            Feed("abcdef");
            _console.ClearOutput();
            Feed("[A");
            Assert.AreEqual("\b\b\b\b\b\bab    \b\b\b\b", _console.Output);
        }

        [TestMethod]
        public void PasswordsNeitherMoveTheCursorNorReachTheHistory()
        {
            NewEditor(32);
            Feed("show log\r");
            _editor.TakeLine(true);
            _editor.EchoEnabled = false;
            Feed("secret[D[A1\r");
            Assert.AreEqual("secret1", new string(_editor.Characters, 0, _editor.Length));
            Assert.AreEqual("\r\n", _console.Output.Substring(_console.Output.Length - 2));
            _editor.Clear();
            Assert.AreEqual(1, _editor.History.Count, "only the command line is remembered");
        }

        [TestMethod]
        public void ClearHistoryForgetsTheLines()
        {
            NewEditor(32);
            Feed("add user=x password=secret-123\r");
            _editor.TakeLine(true);
            _editor.ClearHistory();
            _console.ClearOutput();
            Feed("[A");
            Assert.AreEqual(0, _editor.Length);
            Assert.AreEqual("\u0007", _console.Output);
        }

        [TestMethod]
        public void KeysPastTheLimitInTheMiddleAreRefusedToo()
        {
            NewEditor(4);
            Feed("abcd[D[Dxy");
            Assert.AreEqual((int)LineStatus.TooLong, (int)Feed("\r"));
            Assert.AreEqual((int)LineStatus.Completed, (int)Feed("ok\r"));
            Assert.AreEqual("ok", _editor.TakeLine());
        }
    }
}
