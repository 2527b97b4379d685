namespace Router.Cli
{
    /// <summary>
    /// The privilege of a console user, lowest first: each level may run everything the
    /// levels below it may run.
    /// </summary>
    public enum Privilege
    {
        User = 0,
        Manager = 1,
        SecurityOfficer = 2,
    }
}
