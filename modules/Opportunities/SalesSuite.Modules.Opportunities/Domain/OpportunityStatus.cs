namespace SalesSuite.Modules.Opportunities.Domain;

internal enum OpportunityStatus
{
    Open,
    Won,
    Lost,
}
