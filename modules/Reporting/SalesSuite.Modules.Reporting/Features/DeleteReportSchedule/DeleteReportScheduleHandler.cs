using Microsoft.EntityFrameworkCore;
using SalesSuite.Modules.Reporting.Data;
using SalesSuite.Modules.Reporting.Domain;
using SalesSuite.SharedKernel.Data;
using SalesSuite.SharedKernel.Errors;
using SalesSuite.SharedKernel.GraphQL;

namespace SalesSuite.Modules.Reporting.Features.DeleteReportSchedule;

/// <summary>Stops a schedule within the caller's record scope; the reports it made stay.</summary>
internal sealed class DeleteReportScheduleHandler(ModuleDbContextFactory<ReportingDbContext> contexts)
{
    public async Task<string> HandleAsync(DeleteReportScheduleInput input, CancellationToken ct)
    {
        var id = GlobalId.Decode(input.Id, ReportSchedule.TypeName, "id");
        await using var db = contexts.Create();
        var schedule = await db.ReportSchedules.AsTracking().FirstOrDefaultAsync(s => s.Id == id, ct)
            ?? throw AppException.NotFound(ReportSchedule.TypeName, InputValues.Clean(input.Id)!);
        db.ReportSchedules.Remove(schedule);
        await db.SaveChangesAsync(ct);
        return GlobalId.Encode(ReportSchedule.TypeName, id);
    }
}
