namespace SalesSuite.Modules.Reporting.Domain;

internal enum IntentModelStatus
{
    NotTrained,
    Trained,
    InsufficientData,
}
