using SalesSuite.SharedKernel.Data;

namespace SalesSuite.Modules.Reporting.Domain;

/// <summary>A template a tenant saved; the built-in ones are in <see cref="BuiltInTemplates"/>, never stored.</summary>
internal sealed class ReportTemplate : AggregateRoot
{
    public const string TypeName = "ReportTemplate";

    private ReportTemplate()
    {
    }

    public string Title { get; private set; } = string.Empty;

    /// <summary>The <see cref="TemplateDefinition"/> as JSON.</summary>
    public string Definition { get; private set; } = string.Empty;

    public string CreatedBy { get; private set; } = string.Empty;

    /// <summary>A new template of <paramref name="createdBy"/>.</summary>
    public static ReportTemplate Create(string createdBy, string title, TemplateDefinition definition)
    {
        var template = new ReportTemplate { CreatedBy = createdBy };
        template.Change(title, definition);
        return template;
    }

    /// <summary>The whole template replaced: its title and its query.</summary>
    public void Change(string title, TemplateDefinition definition)
    {
        Title = title;
        Definition = definition.ToJson();
    }

    public TemplateView View() => new(Id, Title, false, TemplateDefinition.FromJson(Definition), CreatedBy, UpdatedAt, Version);
}
