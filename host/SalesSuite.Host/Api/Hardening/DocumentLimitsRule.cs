using GraphQL.Validation;
using SalesSuite.SharedKernel.GraphQL;

namespace SalesSuite.Host.Api.Hardening;

/// <summary>
/// Refuses documents over the configured limits (depth, aliases, fields, nodes, list lengths). It measures the
/// whole operation as soon as validation starts, before any other rule, so that <see cref="AfterLimits"/> can
/// skip the other rules (some cost quadratic time, the access rule reads the database) when a limit is hit.
/// </summary>
internal sealed class DocumentLimitsRule(GraphQLOptions options, PagingOptions paging) : ValidationRuleBase
{
    public override ValueTask<INodeVisitor?> GetPreNodeVisitorAsync(ValidationContext context)
    {
        foreach (var error in new DocumentMeasure(context, options, paging).Check())
        {
            context.ReportError(error);
        }

        return default;
    }

    public static bool Refused(ValidationContext context) =>
        context.HasErrors && context.Errors.Any(e => e is LimitError);
}

/// <summary>Runs a rule only if <see cref="DocumentLimitsRule"/> let the document through.</summary>
internal sealed class AfterLimits(IValidationRule inner) : IValidationRule
{
    public ValueTask<INodeVisitor?> GetPreNodeVisitorAsync(ValidationContext context) =>
        DocumentLimitsRule.Refused(context) ? default : inner.GetPreNodeVisitorAsync(context);

    public ValueTask<IVariableVisitor?> GetVariableVisitorAsync(ValidationContext context) =>
        DocumentLimitsRule.Refused(context) ? default : inner.GetVariableVisitorAsync(context);

    public ValueTask<INodeVisitor?> GetPostNodeVisitorAsync(ValidationContext context) =>
        DocumentLimitsRule.Refused(context) ? default : inner.GetPostNodeVisitorAsync(context);
}

internal sealed class LimitError : ValidationError
{
    public LimitError(ValidationContext context, string code, string message, GraphQLParser.AST.ASTNode? node = null)
        : base(context.Document.Source, null!, message, node is null ? [] : [node])
    {
        Code = code;
    }
}
