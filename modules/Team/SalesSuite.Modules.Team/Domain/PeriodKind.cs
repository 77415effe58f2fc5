namespace SalesSuite.Modules.Team.Domain;

internal enum PeriodKind
{
    Month,
    Quarter,
}
