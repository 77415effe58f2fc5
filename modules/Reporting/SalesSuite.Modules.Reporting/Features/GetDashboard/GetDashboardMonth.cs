using SalesSuite.Modules.Reporting.Api;

namespace SalesSuite.Modules.Reporting.Features.GetDashboard;

internal sealed record GetDashboardMonth(DateOnly From, DateOnly To, SalesMeasures Measures);
