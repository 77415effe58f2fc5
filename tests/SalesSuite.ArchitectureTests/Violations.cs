namespace SalesSuite.ArchitectureTests;

internal static class Violations
{
    /// <summary>Fails with the rule in words and every offender on its own line.</summary>
    public static void ShouldBeNone(IReadOnlyCollection<string> offenders, string rule)
    {
        if (offenders.Count > 0)
        {
            Assert.Fail($"{rule}. Offenders ({offenders.Count}):{Environment.NewLine}  {string.Join(Environment.NewLine + "  ", offenders)}");
        }
    }
}
