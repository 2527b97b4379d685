namespace Router.Cli
{
    /// <summary>
    /// The ISAKMP/IKE command reference of the IPsec chapter (001). Policy names are 1-24
    /// characters; local and remote ids are an IPv4 or IPv6 address or a (domain, user or
    /// distinguished) name; user names and passwords for XAUTH are 1-64 characters.
    /// </summary>
    internal static class CatalogIsakmp
    {
        public static void Register(CommandTable table)
        {
            CommandCatalog.Security(table, "CREate ISAkmp POLicy=text(1..24) PEer={ipv4|ipv6|ANy} [AUTHType={PREshared|RSAEncr|RSASig}] [DELETedelay=0..30] [DHExponentlength=160..1023] [ENCalg={3DES2key|3DESInner|3DESOuter|DES|AES128|AES192|AES256}] [EXPIRYKbytes=1..1000] [EXPIRYSeconds=600..31449600] [GROup={0|1|2}] [HAShalg={SHa|MD5}] [HEARtbeatmode={Both|None|Receive|Send}] [HYBRIDxauth=bool] [IPVersion={4|6}] [KEY=0..65535] [LOCALID={ipv4|ipv6|text(1..255)}] [LOCALRsakey=0..65535] [MODe={MAIn|AGGressive}] [MSGBACkoff={INCREMental|NONE}] [MSGREtrylimit=0..1024] [MSGTImeout=1..86400] [NATTraversal=bool] [PHASE2xchglimit={NOne|1..1024}] [POLICYFilename=name(1..64)] [PREnegotiate=bool] [REMOTEId={ipv4|ipv6|text(1..255)}] [RETRYIKEattempts={0..16|CONTinuous}] [SENDDeletes=bool] [SENDNotify=bool] [SENDIdalways=bool] [SETCommitbit=bool] [SRCInterface=name(1..31)] [XAUth={CLient|SErver|NONE}] [XAUTHName=text(1..64)] [XAUTHPasswd=text(1..64)] [XAUTHType={GEneric|RAdius}]");
            CommandCatalog.Security(table, "DESTroy ISAkmp POLicy=text(1..24)");

            CommandCatalog.Security(table, "DISable ISAkmp");

            // The Syntax lines make the debug option required, but the examples ("dis isa deb",
            // "ena isa deb": default trace, state and packet) leave it out.
            CommandCatalog.Security(table, "DISable ISAkmp DEBug[={ALL|DEFault|PAcket|PKT|PKTRaw|STAte|TRAce|TRACEMore}]");
            CommandCatalog.Security(table, "ENAble ISAkmp [LOCALRsakey=0..65535] [POLICYServerenabled=bool] [POLICYFilename=name(1..64)] [UDPPort=1..65535]");
            CommandCatalog.Security(table, "ENAble ISAkmp DEBug[={ALl|DEFault|PAcket|PKT|PKTRaw|STAte|TRAce|TRACEMore}]");

            CommandCatalog.Manager(table, "RESET ISAkmp COUnters[={AGGressive|GENeral|HEArtbeat|INFo|IPSec|MAIn|NETwork|QUIck|SAD|SPD|TRAnsaction|XDB},...]");
            CommandCatalog.Security(table, "RESET ISAkmp POLicy=text(1..24)");

            // The Syntax line writes DELETedelay=10; the create form's range is kept.
            CommandCatalog.Security(table, "SET ISAkmp POLicy=text(1..24) [PEer={ipv4|ipv6|ANy}] [AUTHType={PREshared|RSAEncr|RSASig}] [DELETedelay=0..30] [DHExponentlength=160..1023] [ENCalg={3DES2key|3DESInner|3DESOuter|DES|AES128|AES192|AES256}] [EXPIRYKbytes=1..1000] [EXPIRYSeconds=600..31449600] [GROup={0|1|2}] [HAShalg={SHa|MD5}] [HEARtbeatmode={Both|None|Receive|Send}] [HYBRIDxauth=bool] [IPVersion={4|6}] [KEY=0..65535] [LOCALID={ipv4|ipv6|text(1..255)}] [LOCALRsakey=0..65535] [MODe={MAIn|AGGressive}] [MSGBACkoff={INCREMental|NONE}] [MSGREtrylimit=0..1024] [MSGTImeout=1..86400] [NATTraversal=bool] [PHASE2xchglimit={NOne|1..1024}] [POLICYFilename=name(1..64)] [PREnegotiate=bool] [REMOTEId={ipv4|ipv6|text(1..255)}] [RETRYIKEattempts={0..16|CONTinuous}] [SENDDeletes=bool] [SENDIdalways=bool] [SENDNotify=bool] [SETCommitbit=bool] [SRCInterface=name(1..31)] [XAUth={CLient|SErver|NOne}] [XAUTHName=text(1..64)] [XAUTHPasswd=text(1..64)] [XAUTHType={GEneric|RAdius}]");

            CommandCatalog.Manager(table, "SHow ISAkmp");
            CommandCatalog.Manager(table, "SHow ISAkmp COUnters[={AGGressive|GENeral|HEArtbeat|INFo|IPSec|MAIn|NETwork|QUIck|SAD|SPD|TRAnsaction|XDB},...]");
            CommandCatalog.Manager(table, "SHow ISAkmp EXChange[=0..65535]");
            CommandCatalog.Manager(table, "SHow ISAkmp POLicy[=text(1..24)]");
            CommandCatalog.Manager(table, "SHow ISAkmp SA[=0..65535]");
        }
    }
}
