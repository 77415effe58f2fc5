using SalesSuite.Modules.Reporting.Api;

namespace SalesSuite.Modules.Reporting.Features.GetDashboard;

internal sealed record GetDashboardRep(string RepId, string? Name, SalesMeasures Measures);
