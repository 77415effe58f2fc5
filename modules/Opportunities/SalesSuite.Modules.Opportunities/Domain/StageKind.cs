namespace SalesSuite.Modules.Opportunities.Domain;

internal enum StageKind
{
    Open,
    Won,
    Lost,
}
