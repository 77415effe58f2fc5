using Microsoft.EntityFrameworkCore;
using SalesSuite.Modules.Reporting.Data;
using SalesSuite.Modules.Reporting.Domain;
using SalesSuite.SharedKernel.Data;
using SalesSuite.SharedKernel.Errors;
using SalesSuite.SharedKernel.GraphQL;
using SalesSuite.SharedKernel.Security;

namespace SalesSuite.Modules.Reporting.Features.SaveReportTemplate;

/// <summary>Creates a tenant template or replaces the whole of one; built-in templates cannot be changed.</summary>
internal sealed class SaveReportTemplateHandler(ModuleDbContextFactory<ReportingDbContext> contexts, ICurrentUser user)
{
    public const int MaxTemplates = 200;

    public async Task<TemplateView> HandleAsync(SaveReportTemplateInput input, CancellationToken ct)
    {
        var definition = SaveReportTemplateValidator.Check(input);
        var title = input.Title ?? string.Empty;
        var id = InputValues.Clean(input.Id) is not null ? GlobalId.Decode(input.Id, ReportTemplate.TypeName, "id") : (Guid?)null;
        if (id is { } builtInId && BuiltInTemplates.IsBuiltIn(builtInId))
        {
            throw InvalidInput.Of("id", "is a built-in template, which cannot be changed: save a copy without an id.");
        }

        await using var db = contexts.Create();
        ReportTemplate template;
        if (id is null)
        {
            if (await db.ReportTemplates.CountAsync(ct) >= MaxTemplates)
            {
                throw new AppException(ErrorCodes.LimitExceeded, $"A tenant keeps at most {MaxTemplates} report templates; delete one first.");
            }

            template = ReportTemplate.Create(user.UserIdOrThrow, title, definition);
            db.ReportTemplates.Add(template);
        }
        else
        {
            template = await db.ReportTemplates.AsTracking().FirstOrDefaultAsync(t => t.Id == id, ct)
                ?? throw AppException.NotFound(ReportTemplate.TypeName, InputValues.Clean(input.Id)!);
            db.ExpectVersion(template, input.Version);
            template.Change(title, definition);
        }

        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException ex) when (DataErrors.IsConcurrencyClash(ex))
        {
            throw AppException.Conflict(ReportTemplate.TypeName);
        }

        return template.View();
    }
}
