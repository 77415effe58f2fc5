using GraphQL;
using GraphQLParser.AST;

namespace SalesSuite.Modules.Reporting.Api;

/// <summary>What a request selects below the current field, through fragments too: queries skip the work for fields nobody asked for.</summary>
internal static class Selection
{
    public static bool Selects(IResolveFieldContext ctx, IReadOnlySet<string> names) => Selects(ctx, ctx.FieldAst.SelectionSet, names, 0);

    private static bool Selects(IResolveFieldContext ctx, GraphQLSelectionSet? set, IReadOnlySet<string> names, int depth) =>
        set is not null && depth < 16 && set.Selections.Any(selection => selection switch
        {
            GraphQLField field => names.Contains(field.Name.StringValue) || Selects(ctx, field.SelectionSet, names, depth + 1),
            GraphQLInlineFragment inline => Selects(ctx, inline.SelectionSet, names, depth + 1),
            GraphQLFragmentSpread spread => Selects(ctx, ctx.Document.Definitions.OfType<GraphQLFragmentDefinition>()
                .FirstOrDefault(f => f.FragmentName.Name.StringValue == spread.FragmentName.Name.StringValue)?.SelectionSet, names, depth + 1),
            _ => false,
        });
}
