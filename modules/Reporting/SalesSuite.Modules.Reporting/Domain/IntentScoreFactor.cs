namespace SalesSuite.Modules.Reporting.Domain;

/// <summary>A factor of a score: how far the feature moved the logit from the tenant's average deal.</summary>
internal sealed record IntentScoreFactor(string Name, double Contribution);
