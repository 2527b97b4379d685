using System.Collections.Generic;
using System.Linq;
using Router.Cli;
using Xunit;
using Xunit.Abstractions;

/// <summary>
/// Every command example of the SSL (000) and IPsec (001) manual chapters parses against the
/// command catalog: a known command with known parameters and valid values. Templates are
/// skipped with their reason; the manuals' own typing mistakes must fail with the expected error.
/// </summary>
public class SeedHarvestTests
{
    /// <summary>Examples the manuals got wrong, with the error they must produce.</summary>
    private static readonly Dictionary<string, (int Error, string Why)> Errata = new Dictionary<string, (int, string)>
    {
        ["cree ips sas=1 prot=es key=is enc=3desi hasha=md5"] = (CliMessages.UnknownCommand, "\"cree\" is a typo for \"cre\""),
        ["create ipsec sas=1 keymanagement=isakmp protocol=esp keym=des hashalg=null"] = (CliMessages.DuplicateParameter, "\"keym=des\" is a typo for \"encalg=des\""),
        ["sh isa cou=spd,xpd"] = (CliMessages.InvalidValue, "\"xpd\" is a typo for \"xdb\" (exchange database counters)"),
    };

    private readonly ITestOutputHelper _output;

    public SeedHarvestTests(ITestOutputHelper output)
    {
        _output = output;
    }

    [Fact]
    public void EveryManualExampleParses()
    {
        List<SeedExample> examples = SeedExampleHarvester.Harvest(SeedFiles.Find("000_"));
        examples.AddRange(SeedExampleHarvester.Harvest(SeedFiles.Find("001_")));

        CommandTable table = CommandCatalog.CreateTable();
        var line = new CommandLine();
        var parser = new CommandParser(table);
        var failures = new List<string>();
        var skipped = new List<string>();
        var titles = new SortedSet<string>();
        var accepted = new List<string>();
        int parsed = 0;
        int errata = 0;
        foreach (SeedExample example in examples)
        {
            string template = SeedTemplates.Reason(example.Text);
            if (template != null)
            {
                skipped.Add(example.Where + "  " + template + ":  " + example.Text);
                continue;
            }

            int tokenError = line.Tokenize(example.Text);
            ParsedCommand command = tokenError == 0 ? parser.Parse(line) : null;
            int error = tokenError != 0 ? tokenError : parser.ErrorNumber;
            if (Errata.TryGetValue(example.Text, out var erratum))
            {
                errata++;
                _output.WriteLine("erratum " + example.Where + "  " + example.Text + "  -> " + parser.ErrorMessage + "  (" + erratum.Why + ")");
                if (error != erratum.Error)
                {
                    failures.Add(example.Where + "  erratum should fail with " + erratum.Error + " but gave " + error + ": " + example.Text);
                }

                continue;
            }

            if (command == null)
            {
                failures.Add(example.Where + "  " + example.Text + "  -> " + (tokenError != 0 ? "tokenizer error " + tokenError : parser.ErrorMessage));
                continue;
            }

            parsed++;
            titles.Add(command.Title);
            accepted.Add(example.Where + "  [" + command.Title + "]  " + example.Text);
        }

        _output.WriteLine("harvested " + examples.Count + " examples (000: " + examples.Count(e => e.File.StartsWith("000")) + ", 001: " + examples.Count(e => e.File.StartsWith("001"))
            + "); parsed " + parsed + " into " + titles.Count + " distinct commands; " + errata + " manual errata; " + skipped.Count + " templates skipped:");
        foreach (string ok in accepted)
        {
            _output.WriteLine("  parsed " + ok);
        }

        foreach (string skip in skipped)
        {
            _output.WriteLine("  skipped " + skip);
        }

        foreach (string failure in failures)
        {
            _output.WriteLine("  FAILED " + failure);
        }

        Assert.True(failures.Count == 0, failures.Count + " examples do not parse:\n" + string.Join("\n", failures));
        Assert.True(examples.Count > 150, "the harvest found only " + examples.Count + " examples");
        Assert.True(parsed > 100, "only " + parsed + " examples parsed");
        Assert.Equal(Errata.Count, errata);
    }

    [Fact]
    public void HarvestJoinsWrappedLinesAndStopsAtProse()
    {
        List<SeedExample> examples = SeedExampleHarvester.Harvest(SeedFiles.Find("000_"));
        Assert.Contains(examples, e => e.Text == "create pki certificate=cer_name keypair=0 serialnumber=12345 subject=\"cn=172.30.1.105, o=my_company, c=us\"");
        Assert.Contains(examples, e => e.Text == "add user=\"cipher\" password=\"sbr4y3\" privilege=securityofficer login=yes");
        Assert.Contains(examples, e => e.Text == "set log utcoffset=7");
        Assert.Contains(examples, e => e.Text == "login cipher");
        Assert.Contains(examples, e => e.Text == "enable ip");

        List<SeedExample> ipsec = SeedExampleHarvester.Harvest(SeedFiles.Find("001_"));
        Assert.Contains(ipsec, e => e.Text == "enable isakmp");
        Assert.Contains(ipsec, e => e.Text == "set config=ipsec.cfg");
        Assert.Contains(ipsec, e => e.Text == "cre ips bund=1 key=ma str=\u201D1 and 2\" expiryk=500000");
    }

    [Theory]
    [InlineData("show isakmp policy=name", "metavariable \"name\"")]
    [InlineData("set ipsec policy=name [other options]", "syntax template ([...], {...|...})")]
    [InlineData("show isakmp sa=sa-id", "metavariable \"sa-id\"")]
    [InlineData("create isakmp policy=to_remote peer=remote-internet-address key=1", "metavariable \"remote-internet-address\"")]
    [InlineData("create ipsec bundlespecification=1 keymanagement=isakmp string=\"2 and 3,1 and 3\"", null)]
    [InlineData("create pki certificate=cer_name keypair=0", null)]
    public void TemplatesAreRecognised(string example, string reason)
    {
        Assert.Equal(reason, SeedTemplates.Reason(example));
    }
}
