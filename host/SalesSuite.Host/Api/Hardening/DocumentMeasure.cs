using System.Collections;
using System.Globalization;
using System.Numerics;
using GraphQL;
using GraphQL.Types;
using GraphQL.Validation;
using GraphQLParser.AST;
using SalesSuite.SharedKernel.Errors;
using SalesSuite.SharedKernel.GraphQL;

namespace SalesSuite.Host.Api.Hardening;

/// <summary>
/// Measures the selected operation with its fragments spread out: nesting depth, aliases, field selections,
/// the nodes it may return, and the length of every list in its arguments and variables.
/// </summary>
/// <remarks>
/// Nodes follow GitHub's node limit: a connection field (its type's name ends with <c>Connection</c>) returns up
/// to its page size (<c>first</c> or <c>last</c>, else the default page size, at most the maximum page size) for
/// each parent object, so it costs the product of the page sizes on its path; a list field taking <c>ids</c> (such
/// as <c>nodes</c>) multiplies by the number of ids. The sum over all such fields is the query's node count.
/// </remarks>
internal sealed class DocumentMeasure(ValidationContext context, GraphQLOptions options, PagingOptions paging)
{
    // Far above any limit, and far from overflowing when multiplied by a page size.
    private const long Saturated = 1L << 50;
    private const int MaxListErrors = 3;

    private readonly Dictionary<string, GraphQLFragmentDefinition> _fragments = [];
    private readonly HashSet<string> _fragmentPath = [];
    private readonly List<ValidationError> _errors = [];
    private int _fields;
    private int _aliases;
    private int _depth;
    private long _nodes;
    private int _listErrors;
    private bool _tooManyFields;

    public List<ValidationError> Check()
    {
        var operation = context.Operation;
        if (operation is null)
        {
            return _errors;
        }

        foreach (var fragment in context.Document.Definitions.OfType<GraphQLFragmentDefinition>())
        {
            _fragments.TryAdd(fragment.FragmentName.Name.StringValue, fragment);
        }

        foreach (var variable in operation.Variables?.Items ?? [])
        {
            if (variable.DefaultValue is not null)
            {
                CheckLiteralLists(variable.DefaultValue, "$" + variable.Variable.Name.StringValue);
            }
        }

        foreach (var (name, value) in context.Variables ?? Inputs.Empty)
        {
            CheckVariableLists(value, "$" + name);
        }

        IGraphType? root = operation.Operation switch
        {
            OperationType.Query => context.Schema.Query,
            OperationType.Mutation => context.Schema.Mutation,
            _ => context.Schema.Subscription,
        };
        Visit(operation.SelectionSet, root, 0, 1, countDepth: true);

        if (_tooManyFields)
        {
            Report(ErrorCodes.LimitExceeded,
                $"The query selects more than {options.MaxFields} fields (each fragment counted where it is spread); the limit is {options.MaxFields}.");
            return _errors;
        }

        if (_depth > options.MaxDepth)
        {
            Report(ErrorCodes.LimitExceeded, $"The query is nested {_depth} levels deep; the limit is {options.MaxDepth}.");
        }

        if (_aliases > options.MaxAliases)
        {
            Report(ErrorCodes.LimitExceeded, $"The query uses {_aliases} aliases; the limit is {options.MaxAliases}.");
        }

        if (_nodes > options.MaxNodes)
        {
            var nodes = _nodes >= Saturated ? $"more than {Saturated:N0}" : _nodes.ToString("N0", CultureInfo.InvariantCulture);
            Report(ErrorCodes.LimitExceeded,
                $"The query may return {nodes} nodes; the limit is {options.MaxNodes.ToString("N0", CultureInfo.InvariantCulture)}. " +
                $"Each connection costs its page size (first/last, {paging.DefaultPageSize} when not given) times the page sizes of the connections above " +
                "it; ask for smaller pages or fewer nested lists.");
        }

        return _errors;
    }

    private void Visit(GraphQLSelectionSet? selectionSet, IGraphType? parent, int depth, long multiplier, bool countDepth)
    {
        if (selectionSet is null)
        {
            return;
        }

        foreach (var selection in selectionSet.Selections)
        {
            if (_tooManyFields)
            {
                return;
            }

            switch (selection)
            {
                case GraphQLField field:
                    VisitField(field, parent, depth, multiplier, countDepth);
                    break;
                case GraphQLInlineFragment inline:
                    Visit(inline.SelectionSet, TypeOrParent(inline.TypeCondition, parent), depth, multiplier, countDepth);
                    break;
                case GraphQLFragmentSpread spread:
                    var name = spread.FragmentName.Name.StringValue;
                    // A cycle is the NoFragmentCycles rule's to report; here it is only not followed.
                    if (_fragments.TryGetValue(name, out var fragment) && _fragmentPath.Add(name))
                    {
                        Visit(fragment.SelectionSet, TypeOrParent(fragment.TypeCondition, parent), depth, multiplier, countDepth);
                        _fragmentPath.Remove(name);
                    }

                    break;
            }
        }
    }

    private void VisitField(GraphQLField field, IGraphType? parent, int depth, long multiplier, bool countDepth)
    {
        if (++_fields > options.MaxFields)
        {
            _tooManyFields = true;
            return;
        }

        if (field.Alias is not null)
        {
            _aliases++;
        }

        foreach (var argument in field.Arguments?.Items ?? [])
        {
            CheckLiteralLists(argument.Value, field.Name.StringValue + "." + argument.Name.StringValue);
        }

        var name = field.Name.StringValue;
        // Introspection answers from the schema in memory, and its own types nest deeply (ofType { ofType ...}).
        countDepth &= !name.StartsWith("__", StringComparison.Ordinal);
        if (countDepth)
        {
            depth++;
            _depth = Math.Max(_depth, depth);
        }

        var definition = (parent?.GetNamedType() as IComplexGraphType)?.GetField(name);
        var type = definition?.ResolvedType?.GetNamedType();
        if (type?.Name.EndsWith("Connection", StringComparison.Ordinal) == true)
        {
            multiplier = Multiply(multiplier, PageSize(field));
            _nodes = Math.Min(Saturated, _nodes + multiplier);
        }
        else if (definition?.ResolvedType is ListGraphType or NonNullGraphType { ResolvedType: ListGraphType }
                 && Argument(field, "ids") is { } ids)
        {
            multiplier = Multiply(multiplier, Count(ids));
            _nodes = Math.Min(Saturated, _nodes + multiplier);
        }

        Visit(field.SelectionSet, type, depth, multiplier, countDepth);
    }

    private IGraphType? TypeOrParent(GraphQLTypeCondition? condition, IGraphType? parent) =>
        condition is null ? parent : context.Schema.AllTypes[condition.Type.Name.StringValue] ?? parent;

    private long PageSize(GraphQLField field)
    {
        var first = Number(Argument(field, "first"));
        var last = Number(Argument(field, "last"));
        if (first is null && last is null)
        {
            return paging.DefaultPageSize;
        }

        // A size outside 1..MaxPageSize is the resolver's VALIDATION error; the cost counts what could be read.
        return Math.Clamp(Math.Max(first ?? 0, last ?? 0), 0, paging.MaxPageSize);
    }

    /// <summary>The argument's value: a literal node, or the variable's value as the request sent it (or its default).</summary>
    private object? Argument(GraphQLField field, string name)
    {
        var argument = field.Arguments?.Items.FirstOrDefault(a => a.Name.StringValue == name);
        if (argument?.Value is not GraphQLVariable variable)
        {
            return argument?.Value is GraphQLNullValue ? null : argument?.Value;
        }

        var variableName = variable.Name.StringValue;
        if (context.Variables is { } variables && variables.TryGetValue(variableName, out var value))
        {
            return value;
        }

        var definition = context.Operation.Variables?.Items.FirstOrDefault(v => v.Variable.Name.StringValue == variableName);
        return definition?.DefaultValue is GraphQLNullValue ? null : definition?.DefaultValue;
    }

    private static long? Number(object? value) => value switch
    {
        GraphQLIntValue literal => long.TryParse(literal.Value.Span, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) ? n : Saturated,
        int n => n,
        long n => n,
        BigInteger n => n > Saturated ? Saturated : n < 0 ? 0 : (long)n,
        double n when !double.IsNaN(n) => (long)Math.Clamp(n, 0, Saturated),
        decimal n => (long)Math.Clamp(n, 0, Saturated),
        _ => null,
    };

    private static long Count(object value) => value switch
    {
        GraphQLListValue list => list.Values?.Count ?? 0,
        ICollection list => list.Count,
        _ => 1,
    };

    private static long Multiply(long a, long b) => b == 0 ? 0 : a > Saturated / b ? Saturated : a * b;

    private void CheckLiteralLists(GraphQLValue value, string path)
    {
        switch (value)
        {
            case GraphQLListValue list:
                var items = list.Values ?? [];
                if (items.Count > options.MaxListItems)
                {
                    ReportList(path, items.Count);
                    return;
                }

                for (var i = 0; i < items.Count; i++)
                {
                    CheckLiteralLists(items[i], $"{path}[{i}]");
                }

                break;
            case GraphQLObjectValue obj:
                foreach (var item in obj.Fields ?? [])
                {
                    CheckLiteralLists(item.Value, path + "." + item.Name.StringValue);
                }

                break;
        }
    }

    private void CheckVariableLists(object? value, string path)
    {
        switch (value)
        {
            case IEnumerable<KeyValuePair<string, object?>> obj:
                foreach (var (key, item) in obj)
                {
                    CheckVariableLists(item, path + "." + key);
                }

                break;
            case IList list:
                if (list.Count > options.MaxListItems)
                {
                    ReportList(path, list.Count);
                    return;
                }

                for (var i = 0; i < list.Count; i++)
                {
                    CheckVariableLists(list[i], $"{path}[{i}]");
                }

                break;
        }
    }

    private void ReportList(string path, int count)
    {
        if (++_listErrors <= MaxListErrors)
        {
            Report(ErrorCodes.Validation, $"The list at {path} has {count} items; at most {options.MaxListItems} are accepted.");
        }
    }

    private void Report(string code, string message) => _errors.Add(new LimitError(context, code, message, context.Operation));
}
