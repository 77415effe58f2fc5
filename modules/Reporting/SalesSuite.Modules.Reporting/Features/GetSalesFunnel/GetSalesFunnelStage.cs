namespace SalesSuite.Modules.Reporting.Features.GetSalesFunnel;

internal sealed record GetSalesFunnelStage(Guid StageId, string Stage, int Position, int Entered, int MovedOn, int Won, decimal? AverageDaysInStage,
    decimal? MedianDaysInStage)
{
    public decimal? Conversion => Ratio(MovedOn, Entered);

    public decimal? WinRate => Ratio(Won, Entered);

    public static decimal? Ratio(int part, int whole) => whole == 0 ? null : decimal.Round((decimal)part / whole, 4, MidpointRounding.AwayFromZero);
}
