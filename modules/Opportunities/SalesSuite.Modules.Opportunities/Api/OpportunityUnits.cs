namespace SalesSuite.Modules.Opportunities.Api;

/// <summary>The units of an opportunity's numbers, as the input fields that set them describe them.</summary>
internal static class OpportunityUnits
{
    public const string Amount = "In the opportunity's currency (a number or a decimal string).";

    public const string Probability = "Chance to win, 0-100.";
}
