namespace Router.Cli
{
    /// <summary>
    /// The IPsec command reference of the IPsec chapter (001). Placeholders: bundle and SA
    /// specification ids 0..255, IPsec SA ids and bundle ids 0..65535, policy names 1-23
    /// characters, ISAKMP policy names 1-24, template names 1-31, system names 1-119, ports
    /// 0..65535, protocols 0..255, SPIs 256..4294967295, key ids 0..65535.
    /// </summary>
    internal static class CatalogIpsec
    {
        public static void Register(CommandTable table)
        {
            CommandCatalog.Security(table, "ACTivate IPSec CONVERToldsa [SA=0..255]");

            // The Syntax line writes STRING, yet its examples type "str=": STRing is kept.
            CommandCatalog.Security(table, "CREate IPSec BUNDlespecification=0..255 KEYmanagement={ISakmp|MAnual} STRing=text(1..100) [EXPIRYKbytes=1..4193280] [EXPIRYSeconds=300..31449600]");
            CommandCatalog.Security(table, "CREate IPSec POLicy=text(1..23) INTerface=name(1..31) ACtion={DEny|IPsec|PErmit} [IPVersion={4|6}] [BUNDlespecification=0..255] [DFBit={SEt|COpy|CLear}] [GROup={0|1|2}] [ICmptype={NDALL|0..255},...] [IPROUtetemplate=text(1..31)] [ISAkmppolicy=text(1..24)] [KEYmanagement={ISakmp|MAnual}] [LADdress={ANy|ipv4range|ipv6range}] [LMAsk=mask] [LNAme={ANy|text(1..119)}] [LPort={ANy|OPaque|0..65535}] [PEERaddress={ipv4|ipv6|ANy|DYnamic}] [POSition=1..100] [RADdress={ANY|ipv4range|ipv6range}] [RESPondbadspi=bool] [RMAsk=mask] [RNAme={ANy|text(1..119)}] [RPort={ANy|0..65535|OPaque}] [SASElectorfrompkt={ALL|LADdress|LPort|NONE|RADdress|RPort|TRAnsportprotocol}] [SRCInterface=name(1..31)] [TRAnsportprotocol={ANy|EGp|ESp|GRe|ICmp|OPaque|OSpf|RSvp|TCp|UDp|0..255}] [UDPHeartbeat=bool] [UDPPort=1..65535] [UDPTunnel=bool] [USEPFSKey=bool]");

            // The Syntax line writes KEYmanagement={ISAkmp|MAnual} here, but the examples type
            // "key=is" (as in every other command), so ISakmp is kept.
            CommandCatalog.Security(table, "CREate IPSec SASpecification=0..255 KEYmanagement={ISakmp|MAnual} PROTocol={AH|COmp|ESp} [ANTIReplayenabled=bool] [COMPalg=LZS] [ENCalg={3DES2key|3DESOuter|3DESInner|DES|AES128|AES192|AES256|NULl}] [ENCKey=0..65535] [HASHAlg={DESMac|MD5|NULl|SHA}] [HASHKey=0..65535] [INSPI=256..4294967295] [MODe={TRansport|TUnnel}] [OUTSPI=256..4294967295] [REPLAywindowsize={32|64|128|256}]");

            CommandCatalog.Security(table, "DESTroy IPSec BUNDlespecification=0..255");
            CommandCatalog.Security(table, "DESTroy IPSec POLicy=text(1..23) [SABundle=0..65535]");
            CommandCatalog.Security(table, "DESTroy IPSec SASpecification=0..255");

            CommandCatalog.Security(table, "DISable IPSec");
            CommandCatalog.Security(table, "DISable IPSec OLDsa INTerface=name(1..31)");
            CommandCatalog.Security(table, "DISable IPSec POLicy={ALl|text(1..23)} DEBug={ALl|FIlter|PAcket|TRace} [DIrection={ALl|IN|OUt}] [DISPLAY={ALL|BUFFERHEADER|DATA|IPHEADER}] [RESult={ALL|FAIL|PASS}] [SELector={ALL|LADdress|LNAme|LPort|RADdress|RNAme|RPort|TRAnsportprotocol}] [WHEre={ALl|IPSec|PROTocol}]");

            CommandCatalog.Security(table, "ENAble IPSec");
            CommandCatalog.Security(table, "ENAble IPSec OLDsa INTerface=name(1..31)");
            CommandCatalog.Security(table, "ENAble IPSec POLicy[=text(1..23)] DEBug={ALl|FIlter|PAcket|TRace} [DIrection={ALl|IN|OUt}] [DISplay={ALl|BUFFERHEADER|DATA|IPHEADER}] [RESult={ALl|FAIl|PASS}] [SELector={ALl|LADdress|LNAme|LPort|RADdress|RNAme|RPort|TRAnsportprotocol}] [WHEre={ALl|IPSec|PROTocol}]");

            CommandCatalog.Security(table, "PURge IPSec");

            CommandCatalog.Manager(table, "RESET IPSec COUnter[={AH|ALG|COMp|ESp|MAIn|SAD|SETUP|SPD},...]");
            CommandCatalog.Security(table, "RESET IPSec POLicy=text(1..23)");
            CommandCatalog.Manager(table, "RESET IPSec POLicy=text(1..23) COUnter");
            CommandCatalog.Security(table, "RESET IPSec SA=0..65535 COUnter");

            CommandCatalog.Security(table, "SET IPSec BUNDlespecification=0..255 [EXPIRYKbytes=1..4193280] [EXPIRYSeconds=300..31449600]");

            // The Syntax line writes POLIcy and RMASK; the parameter table writes POLicy and
            // RMAsk and the examples type "pol=". Its example also sets int= and key=, which
            // the Syntax line omits: INTerface and KEYmanagement are accepted as in create.
            CommandCatalog.Security(table, "SET IPSec POLicy=text(1..23) [ACtion={DEny|IPSec|PErmit}] [BUNDlespecification=0..255] [DFBit={SEt|COpy|CLear}] [GROup={0|1|2}] [ICmptype={NDall|0..255},...] [INTerface=name(1..31)] [IPROUtetemplate=text(1..31)] [IPVersion={4|6}] [ISAkmppolicy=text(1..24)] [KEYmanagement={ISakmp|MAnual}] [LADdress={ANy|ipv4range|ipv6range}] [LMAsk=mask] [LNAme={ANy|text(1..119)}] [LPort={ANy|OPaque|0..65535}] [PEERaddress={ipv4|ipv6|ANy|DYNAMIC}] [PKTDebuglength=1..1500] [POSition=1..100] [RADdress={ANy|ipv4range|ipv6range}] [RESPondbadspi=bool] [RMAsk=mask] [RNAme={ANy|text(1..119)}] [RPort={ANy|0..65535|OPaque}] [SASElectorfrompkt={ALL|LADdress|LPort|NONE|RADdress|RPort|TRAnsportprotocol}] [SRCInterface=name(1..31)] [TRAnsportprotocol={ANy|EGp|ESp|GRe|ICmp|OPaque|OSpf|RSvp|TCp|UDp|0..255}] [UDPHeartbeat=bool] [UDPPort=1..65535] [UDPTunnel=bool] [USEPFSKey=bool]");

            CommandCatalog.Security(table, "SET IPSec SASpecification=0..255 [ANTIreplayenabled=bool] [COMPalg=LZS] [ENCalg={3DES2key|3DESInner|3DESOuter|DES|AES128|AES192|AES256|NULl}] [ENCKey=0..65535] [HASHAlg={DESMac|MD5|NULl|SHA}] [HASHKey=0..65535] [INSPI=256..4294967295] [MOde={TRansport|TUnnel}] [OUTSPI=256..4294967295] [REPLAywindowsize={32|64|128|256}]");
            CommandCatalog.Security(table, "SET IPSec UDPPort=1..65535");

            CommandCatalog.Manager(table, "SHow IPSec");
            CommandCatalog.Manager(table, "SHow IPSec BUNDlespecification[=0..255]");
            CommandCatalog.Manager(table, "SHow IPSec COUnter[={AH|ALG|COMp|ESp|MAIn|SAD|SETUP|SPD},...]");
            CommandCatalog.Manager(table, "SHow IPSec POLIcy[=text(1..23)]");
            CommandCatalog.Manager(table, "SHow IPSec POLIcy[=text(1..23)] COUnter");
            CommandCatalog.Manager(table, "SHow IPSec POLIcy[=text(1..23)] SABundle");
            CommandCatalog.Manager(table, "SHow IPSec SA[=0..65535]");
            CommandCatalog.Manager(table, "SHow IPSec SA[=0..65535] COUnter");
            CommandCatalog.Manager(table, "SHow IPSec SASpecification[=0..255]");
        }
    }
}
