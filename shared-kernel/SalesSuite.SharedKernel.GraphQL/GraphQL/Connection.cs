using System.Text;
using GraphQL;
using GraphQL.Types;
using SalesSuite.SharedKernel.Errors;
using SalesSuite.SharedKernel.Modules;

namespace SalesSuite.SharedKernel.GraphQL;

public sealed record PageInfo(bool HasNextPage, bool HasPreviousPage, string? StartCursor, string? EndCursor);

public sealed record Edge(string Cursor, object Node);

/// <summary>A page of a Relay connection, as the resolvers of the generated connection types read it.</summary>
public sealed record Connection(IReadOnlyList<object> Nodes, IReadOnlyList<Edge> Edges, PageInfo PageInfo, int? TotalCount);

/// <summary>Paging limits; <c>first</c>/<c>last</c> outside 1..MaxPageSize are VALIDATION errors.</summary>
public sealed class PagingOptions
{
    public int DefaultPageSize { get; set; } = 20;

    public int MaxPageSize { get; set; } = 100;
}

/// <summary>The requested window of a connection, from <c>first/after/last/before</c>.</summary>
public readonly record struct PageRequest(int? First, int? After, int? Last, int? Before)
{
    private const string Prefix = "cursor:";

    public static string EncodeCursor(int offset) => Convert.ToBase64String(Encoding.UTF8.GetBytes(Prefix + offset));

    public static PageRequest From(IResolveFieldContext context, PagingOptions options)
    {
        var first = context.GetArgument<int?>("first");
        var last = context.GetArgument<int?>("last");
        var errors = new Validator();
        if (first is not null && last is not null)
        {
            errors.Add("first", "cannot be combined with last.");
        }

        CheckSize(errors, "first", first, options.MaxPageSize);
        CheckSize(errors, "last", last, options.MaxPageSize);
        var after = DecodeCursor(errors, "after", context.GetArgument<string?>("after"));
        var before = DecodeCursor(errors, "before", context.GetArgument<string?>("before"));
        errors.ThrowIfInvalid();
        if (first is null && last is null)
        {
            first = options.DefaultPageSize;
        }

        return new PageRequest(first, after, last, before);
    }

    private static void CheckSize(Validator errors, string name, int? value, int max)
    {
        if (value is { } v && (v < 1 || v > max))
        {
            errors.Add(name, $"must be between 1 and {max}.");
        }
    }

    private static int? DecodeCursor(Validator errors, string name, string? cursor)
    {
        if (cursor is null)
        {
            return null;
        }

        try
        {
            var text = Encoding.UTF8.GetString(Convert.FromBase64String(cursor));
            if (text.StartsWith(Prefix, StringComparison.Ordinal)
                && int.TryParse(text.AsSpan(Prefix.Length), out var offset)
                && offset is >= 0 and < 100_000_000)
            {
                return offset;
            }
        }
        catch (FormatException)
        {
        }

        errors.Add(name, "is not a cursor of this connection.");
        return null;
    }
}

/// <summary>Generates <c>XConnection</c>, <c>XEdge</c> and the shared <c>PageInfo</c> types.</summary>
public static class ConnectionTypes
{
    public static IGraphType For(ISchemaSlice slice, string nodeTypeName)
    {
        var pageInfo = slice.Shared("PageInfo", CreatePageInfo);
        return slice.Shared(nodeTypeName + "Connection", () =>
        {
            var edge = new ObjectGraphType { Name = nodeTypeName + "Edge", Description = $"An edge in a connection of {nodeTypeName}." };
            edge.AddField(new FieldType
            {
                Name = "cursor",
                ResolvedType = new NonNullGraphType(new StringGraphType()),
                Resolver = Resolve<Edge>(e => e.Cursor),
            });
            edge.AddField(new FieldType
            {
                Name = "node",
                ResolvedType = new NonNullGraphType(new GraphQLTypeReference(nodeTypeName)),
                Resolver = Resolve<Edge>(e => e.Node),
            });

            var connection = new ObjectGraphType { Name = nodeTypeName + "Connection", Description = $"A page of {nodeTypeName} objects." };
            connection.AddField(new FieldType
            {
                Name = "nodes",
                Description = "The objects of this page.",
                ResolvedType = new NonNullGraphType(new ListGraphType(new NonNullGraphType(new GraphQLTypeReference(nodeTypeName)))),
                Resolver = Resolve<Connection>(c => c.Nodes),
            });
            connection.AddField(new FieldType
            {
                Name = "edges",
                Description = "The objects of this page with their cursors.",
                ResolvedType = new NonNullGraphType(new ListGraphType(new NonNullGraphType(edge))),
                Resolver = Resolve<Connection>(c => c.Edges),
            });
            connection.AddField(new FieldType
            {
                Name = "pageInfo",
                ResolvedType = new NonNullGraphType(pageInfo),
                Resolver = Resolve<Connection>(c => c.PageInfo),
            });
            connection.AddField(new FieldType
            {
                Name = "totalCount",
                Description = "The number of objects that match the filter, over all pages.",
                ResolvedType = new NonNullGraphType(new IntGraphType()),
                Resolver = Resolve<Connection>(c => c.TotalCount ?? 0),
            });
            return connection;
        });
    }

    public static QueryArgument[] PagingArguments() =>
    [
        new QueryArgument(new IntGraphType()) { Name = "first", Description = "Returns the first n elements (1 to the maximum page size)." },
        new QueryArgument(new StringGraphType()) { Name = "after", Description = "Returns the elements after this cursor." },
        new QueryArgument(new IntGraphType()) { Name = "last", Description = "Returns the last n elements (1 to the maximum page size)." },
        new QueryArgument(new StringGraphType()) { Name = "before", Description = "Returns the elements before this cursor." },
    ];

    private static ObjectGraphType CreatePageInfo()
    {
        var type = new ObjectGraphType { Name = "PageInfo", Description = "Information about pagination in a connection." };
        type.AddField(new FieldType
        {
            Name = "hasNextPage",
            ResolvedType = new NonNullGraphType(new BooleanGraphType()),
            Resolver = Resolve<PageInfo>(p => p.HasNextPage)
        });
        type.AddField(new FieldType
        {
            Name = "hasPreviousPage",
            ResolvedType = new NonNullGraphType(new BooleanGraphType()),
            Resolver = Resolve<PageInfo>(p => p.HasPreviousPage)
        });
        type.AddField(new FieldType { Name = "startCursor", ResolvedType = new StringGraphType(), Resolver = Resolve<PageInfo>(p => p.StartCursor) });
        type.AddField(new FieldType { Name = "endCursor", ResolvedType = new StringGraphType(), Resolver = Resolve<PageInfo>(p => p.EndCursor) });
        return type;
    }

    private static global::GraphQL.Resolvers.IFieldResolver Resolve<TSource>(Func<TSource, object?> read) =>
        new global::GraphQL.Resolvers.FuncFieldResolver<object?>(ctx => read((TSource)ctx.Source!));
}
