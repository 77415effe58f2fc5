namespace SalesSuite.Modules.Reporting.Api;

/// <summary>Whether a factor raised or lowered a score.</summary>
internal enum IntentDirection
{
    Raises,
    Lowers,
}
