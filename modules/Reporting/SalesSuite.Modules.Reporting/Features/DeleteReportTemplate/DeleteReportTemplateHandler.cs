using Microsoft.EntityFrameworkCore;
using SalesSuite.Modules.Reporting.Data;
using SalesSuite.Modules.Reporting.Domain;
using SalesSuite.SharedKernel.Data;
using SalesSuite.SharedKernel.Errors;
using SalesSuite.SharedKernel.GraphQL;

namespace SalesSuite.Modules.Reporting.Features.DeleteReportTemplate;

/// <summary>Deletes a tenant template unless a schedule uses it (CONFLICT); the reports generated from it stay.</summary>
internal sealed class DeleteReportTemplateHandler(ModuleDbContextFactory<ReportingDbContext> contexts)
{
    public async Task<string> HandleAsync(DeleteReportTemplateInput input, CancellationToken ct)
    {
        var id = GlobalId.Decode(input.Id, ReportTemplate.TypeName, "id");
        if (BuiltInTemplates.IsBuiltIn(id))
        {
            throw InvalidInput.Of("id", "is a built-in template, which cannot be deleted.");
        }

        await using var db = contexts.Create();
        var template = await db.ReportTemplates.AsTracking().FirstOrDefaultAsync(t => t.Id == id, ct)
            ?? throw AppException.NotFound(ReportTemplate.TypeName, InputValues.Clean(input.Id)!);
        // Every schedule of the tenant counts, not only those in the deleter's record scope: another team's schedule would break.
        await using var system = contexts.CreateForSystem();
        if (await system.ReportSchedules.AnyAsync(s => s.TemplateId == id, ct))
        {
            throw new AppException(ErrorCodes.Conflict, "The template is scheduled: delete its schedules first.");
        }

        db.ReportTemplates.Remove(template);
        await db.SaveChangesAsync(ct);
        return GlobalId.Encode(ReportTemplate.TypeName, id);
    }
}
