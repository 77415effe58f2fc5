using System.Collections.Concurrent;
using System.Linq.Expressions;
using System.Reflection;
using System.Runtime.CompilerServices;
using GraphQL;
using GraphQL.Types;
using GraphQLParser.AST;

namespace SalesSuite.SharedKernel.GraphQL;

/// <summary>
/// Loads a list's rows with only the columns that its selected fields read (<see cref="FieldReads"/>), instead of whole
/// entities: <c>customers { nodes { id name } }</c> reads two columns, not thirty, and decrypts none. The rows are still
/// <typeparamref name="T"/> instances, so every resolver works unchanged.
/// <para>
/// It is fail-safe: a page is projected only when every field of the node type that the document names anywhere (in any
/// operation, fragment or alias, under any parent) declares what it reads; one that does not (an address, a field another
/// module adds without declaring) keeps the whole entity. Fragments, aliases and merged selections can therefore only make it
/// load more, never less.
/// </para>
/// </summary>
public sealed class NodeProjection<T>(string typeName, Expression<Func<T, Guid>> key)
{
    private const int MaxCachedShapes = 256;

    private static readonly ConditionalWeakTable<GraphQLDocument, HashSet<string>> DocumentFields = [];

    private static readonly ConstructorInfo? Constructor =
        typeof(T).GetConstructor(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic, Type.EmptyTypes);

    private readonly PropertyInfo _key = Settable(((MemberExpression)key.Body).Member.Name);
    private readonly ConcurrentDictionary<string, Expression<Func<T, T>>> _shapes = new(StringComparer.Ordinal);
    private readonly ConditionalWeakTable<ISchema, NodeFields> _nodeFields = [];

    /// <summary>The projection for this request, or null to load whole entities.</summary>
    public Expression<Func<T, T>>? For(IResolveFieldContext context)
    {
        if (Constructor is null || context.Document is not { } document)
        {
            return null;
        }

        var node = _nodeFields.GetValue(context.Schema, schema => NodeFields.Of(schema, typeName));
        if (node.Reads is null)
        {
            return null;
        }

        var named = DocumentFields.GetValue(document, FieldNames);
        var members = new SortedSet<string>(StringComparer.Ordinal) { _key.Name };
        foreach (var (field, reads) in node.Reads)
        {
            if (!named.Contains(field))
            {
                continue;
            }

            if (reads is null)
            {
                return null;
            }

            members.UnionWith(reads);
        }

        var shape = string.Join(',', members);
        return _shapes.TryGetValue(shape, out var cached) ? cached
            : _shapes.Count < MaxCachedShapes ? _shapes.GetOrAdd(shape, _ => Build(members)) : Build(members);
    }

    private static Expression<Func<T, T>> Build(IEnumerable<string> members)
    {
        var row = Expression.Parameter(typeof(T), "row");
        var bindings = members.Select(Settable).Select(p => Expression.Bind(p, Expression.Property(row, p)));
        return Expression.Lambda<Func<T, T>>(Expression.MemberInit(Expression.New(Constructor!), bindings), row);
    }

    /// <summary>The property as its declaring type sees it, so that a setter private to a base class can be bound.</summary>
    private static PropertyInfo Settable(string name)
    {
        const BindingFlags all = BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic;
        var property = typeof(T).GetProperty(name, all)
            ?? throw new InvalidOperationException($"{typeof(T).Name} has no property '{name}' for a field to read.");
        return property.DeclaringType!.GetProperty(name, all) is { SetMethod: not null } declared ? declared
            : throw new InvalidOperationException($"{typeof(T).Name}.{name} has no setter: a projection cannot fill it.");
    }

    private static HashSet<string> FieldNames(GraphQLDocument document)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var definition in document.Definitions)
        {
            switch (definition)
            {
                case GraphQLOperationDefinition operation:
                    Collect(operation.SelectionSet, names);
                    break;
                case GraphQLFragmentDefinition fragment:
                    Collect(fragment.SelectionSet, names);
                    break;
            }
        }

        return names;
    }

    private static void Collect(GraphQLSelectionSet? selections, HashSet<string> names)
    {
        foreach (var selection in selections?.Selections ?? [])
        {
            switch (selection)
            {
                case GraphQLField field:
                    names.Add(field.Name.StringValue);
                    Collect(field.SelectionSet, names);
                    break;
                case GraphQLInlineFragment inline:
                    Collect(inline.SelectionSet, names);
                    break;
            }
        }
    }

    /// <summary>
    /// The node type's fields and what each reads (null: undeclared, so the whole entity), checked against <typeparamref name="T"/>;
    /// no fields at all when the schema has no such type.
    /// </summary>
    private sealed class NodeFields(IReadOnlyList<(string Field, IReadOnlyList<string>? Reads)>? reads)
    {
        public IReadOnlyList<(string Field, IReadOnlyList<string>? Reads)>? Reads { get; } = reads;

        public static NodeFields Of(ISchema schema, string typeName)
        {
            if (schema.AllTypes[typeName] is not IComplexGraphType type)
            {
                return new NodeFields(null);
            }

            var reads = type.Fields.Select(f => (f.Name, FieldReads.Of(f))).ToList();
            foreach (var member in reads.SelectMany(r => r.Item2 ?? []))
            {
                _ = Settable(member);
            }

            return new NodeFields(reads);
        }
    }
}
