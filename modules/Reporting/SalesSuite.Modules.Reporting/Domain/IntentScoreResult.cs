namespace SalesSuite.Modules.Reporting.Domain;

/// <summary>A win probability (0..1) and its factors, largest effect first.</summary>
internal sealed record IntentScoreResult(double Score, IReadOnlyList<IntentScoreFactor> Factors);
