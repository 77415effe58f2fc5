using Microsoft.EntityFrameworkCore;
using SalesSuite.Modules.Reporting.Domain;
using SalesSuite.SharedKernel.Data;
using SalesSuite.SharedKernel.Errors;
using SalesSuite.SharedKernel.GraphQL;

namespace SalesSuite.Modules.Reporting.Data;

/// <summary>
/// Reads report templates, built-in or saved, for the features and the scheduled runs. Templates belong to the tenant: every reader
/// sees them.
/// </summary>
internal sealed class ReportTemplateStore(ModuleDbContextFactory<ReportingDbContext> contexts)
{
    /// <summary>The built-in templates, then the tenant's own by title.</summary>
    public async Task<IReadOnlyList<TemplateView>> ListAsync(CancellationToken ct)
    {
        await using var db = contexts.Create();
        var saved = await db.ReportTemplates.OrderBy(t => t.Title).ThenBy(t => t.Id).ToListAsync(ct);
        return [.. BuiltInTemplates.All, .. saved.Select(t => t.View())];
    }

    /// <summary>A built-in or saved template; NOT_FOUND otherwise.</summary>
    public async Task<TemplateView> FindAsync(Guid id, CancellationToken ct)
    {
        if (BuiltInTemplates.Find(id) is { } builtIn)
        {
            return builtIn;
        }

        await using var db = contexts.Create();
        var template = await db.ReportTemplates.FirstOrDefaultAsync(t => t.Id == id, ct);
        return template?.View() ?? throw AppException.NotFound(ReportTemplate.TypeName, GlobalId.Encode(ReportTemplate.TypeName, id));
    }
}
