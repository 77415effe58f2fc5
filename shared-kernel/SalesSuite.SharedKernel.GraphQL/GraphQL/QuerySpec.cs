using System.Collections;
using System.Linq.Expressions;
using GraphQL;
using GraphQL.DataLoader;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Query;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using SalesSuite.SharedKernel.Data;
using SalesSuite.SharedKernel.Errors;
using SalesSuite.SharedKernel.Modules;
using SalesSuite.SharedKernel.Security;

namespace SalesSuite.SharedKernel.GraphQL;

/// <summary>
/// Declares which fields of an entity a list can be filtered and sorted on. From it the kernel generates the
/// <c>XFilterInput</c> (HotChocolate-shaped <c>where</c>) and <c>XSortInput</c> (<c>order</c>) types, and translates
/// both, with paging, into one EF Core query: everything runs in SQL.
/// </summary>
public sealed class QuerySpec<T>(string typeName, Expression<Func<T, Guid>> key)
{
    private readonly List<SpecField> _fields = [];
    private readonly ParameterExpression _parameter = Expression.Parameter(typeof(T), "x");
    private readonly NodeProjection<T> _projection = new(typeName, key);

    public string TypeName { get; } = typeName;

    /// <summary>A scalar field; <paramref name="graphType"/> names an enum type for enum members.</summary>
    public QuerySpec<T> Field<TValue>(string name, Expression<Func<T, TValue>> selector, string? graphType = null, bool filter = true, bool sort = true)
    {
        _fields.Add(new SpecField(name, Rebind(selector), typeof(TValue), graphType, filter, sort));
        return this;
    }

    /// <summary>A list of strings (e.g. tags), filterable with <c>some/none/all/any</c>.</summary>
    public QuerySpec<T> StringList(string name, Expression<Func<T, List<string>>> selector)
    {
        _fields.Add(new SpecField(name, Rebind(selector), typeof(List<string>), null, true, false));
        return this;
    }

    /// <summary>The arguments of a list field: <c>where</c>, <c>order</c> and the paging arguments.</summary>
    public QueryArguments Arguments(ISchemaSlice slice, params QueryArgument[] extra) =>
        ArgumentsWith(slice, ConnectionTypes.PagingArguments().Concat(extra));

    /// <summary>
    /// The arguments of a connection under each parent of a list (see <see cref="LoadPage"/>): <c>where</c>, <c>order</c>,
    /// <c>first</c> and <c>after</c>. No <c>last</c>/<c>before</c>: paging from the end would need every parent's count first.
    /// </summary>
    public QueryArguments NestedArguments(ISchemaSlice slice) =>
        ArgumentsWith(slice, ConnectionTypes.PagingArguments().Where(a => a.Name is "first" or "after"));

    private QueryArguments ArgumentsWith(ISchemaSlice slice, IEnumerable<QueryArgument> paging)
    {
        var filterType = slice.Shared(TypeName + "FilterInput", () => CreateFilterType(slice));
        var sortType = slice.Shared(TypeName + "SortInput", () => CreateSortType(slice));
        var args = new QueryArguments(
            new QueryArgument(filterType) { Name = "where", Description = "Filters the list; fields combine with AND, use and/or for more." },
            new QueryArgument(new ListGraphType(new NonNullGraphType(sortType))) { Name = "order", Description = "Sorts the list, first entry first." });
        foreach (var argument in paging)
        {
            args.Add(argument);
        }

        return args;
    }

    /// <summary>Applies <c>where</c>, <c>order</c> and paging from the field's arguments and runs the query (in SQL, or in memory for a list's
    /// <c>AsQueryable()</c>).</summary>
    public async Task<Connection> ToConnectionAsync(IQueryable<T> source, IResolveFieldContext context, Func<IQueryable<T>,
        IOrderedQueryable<T>>? defaultOrder = null)
    {
        var paging = context.RequestServices?.GetService<IOptions<PagingOptions>>()?.Value ?? new PagingOptions();
        RefuseDeniedFields(context);
        var page = PageRequest.From(context, paging);
        var filtered = ApplyWhere(source, context.GetArgument<Dictionary<string, object?>?>("where"));
        var ordered = ApplyOrder(filtered, context.GetArgument<List<object?>?>("order"), defaultOrder);
        var cancellation = context.CancellationToken;

        int? total = null;
        if (Requested(context, "totalCount") || (page.Last is not null && page.Before is null))
        {
            total = filtered.Provider is IAsyncQueryProvider ? await filtered.CountAsync(cancellation) : filtered.Count();
        }

        int start;
        int take;
        if (page.Last is { } last)
        {
            var end = page.Before ?? total!.Value;
            start = Math.Max(0, end - last);
            take = end - start;
        }
        else
        {
            start = page.After is { } after ? after + 1 : 0;
            take = page.First!.Value;
            if (page.Before is { } before)
            {
                take = Math.Max(0, Math.Min(take, before - start));
            }
        }

        var needsRows = Requested(context, "nodes") || Requested(context, "edges") || Requested(context, "pageInfo");
        List<T> rows = [];
        var hasMore = false;
        if (needsRows && take > 0)
        {
            var window = ordered.Skip(start).Take(take + 1);
            if (window.Provider is IAsyncQueryProvider)
            {
                // Only the columns the selected fields read (see NodeProjection), when they all say which.
                rows = await (_projection.For(context) is { } columns ? window.Select(columns) : window).ToListAsync(cancellation);
            }
            else
            {
                rows = window.ToList();
            }
            hasMore = rows.Count > take;
            if (hasMore)
            {
                rows.RemoveAt(rows.Count - 1);
            }
        }

        return Page(rows, start, hasMore, total);
    }

    private static Connection Page(IReadOnlyList<T> rows, int start, bool hasMore, int? total)
    {
        var edges = rows.Select((row, i) => new Edge(PageRequest.EncodeCursor(start + i), row!)).ToList();
        var pageInfo = new PageInfo(hasMore, start > 0, edges.FirstOrDefault()?.Cursor, edges.LastOrDefault()?.Cursor);
        return new Connection(rows.Cast<object>().ToList(), edges, pageInfo, total);
    }

    /// <summary>
    /// One parent's page of a connection nested under a list (<c>customers { nodes { opportunities(first: 5) { ... } } }</c>),
    /// batched: the parents of a level that ask with the same arguments share one SQL query, grouped by parent, with each
    /// parent's count and its window of the order (<c>ROW_NUMBER() OVER (PARTITION BY parent ...)</c>), so the number of
    /// statements does not grow with the parents. The context comes from <typeparamref name="TContext"/>'s factory: the
    /// tenant and the user's record scope apply as in any query. Declare the field with <see cref="NestedArguments"/>.
    /// </summary>
    public IDataLoaderResult<Connection?> LoadPage<TContext, TKey>(
        IResolveFieldContext context,
        string name,
        TKey parent,
        Expression<Func<T, TKey>> parentKey,
        Func<TContext, IQueryable<T>> source,
        Func<IQueryable<T>, IOrderedQueryable<T>>? defaultOrder = null)
        where TContext : ModuleDbContext
        where TKey : notnull
    {
        var services = context.RequestServices!;
        var paging = services.GetService<IOptions<PagingOptions>>()?.Value ?? new PagingOptions();
        RefuseDeniedFields(context);
        var page = PageRequest.From(context, paging);
        var where = context.GetArgument<Dictionary<string, object?>?>("where");
        var order = context.GetArgument<List<object?>?>("order");
        var start = page.After is { } after ? after + 1 : 0;
        var take = page.First!.Value;
        var wantsTotal = Requested(context, "totalCount");
        var wantsRows = Requested(context, "nodes") || Requested(context, "edges") || Requested(context, "pageInfo");

        // Parents share a batch only when they ask for the same page of the same filter and order.
        var signature = System.Text.Json.JsonSerializer.Serialize(new { where, order, start, take, wantsTotal, wantsRows });
        var loader = services.GetRequiredService<BatchLoaders>().Get<TKey, Connection>($"{name}|{signature}", async (parents, ct) =>
        {
            await using var db = services.GetRequiredService<ModuleDbContextFactory<TContext>>().Create();
            var groups = await ApplyWhere(source(db), where).Where(KeyIn(parentKey, parents)).GroupBy(parentKey)
                .Select(PageOfGroup<TKey>(order, defaultOrder, wantsTotal, wantsRows ? (start, take + 1) : null))
                .ToDictionaryAsync(g => g.Key, ct);
            return parents.ToDictionary(p => p, p =>
            {
                var found = groups.GetValueOrDefault(p);
                var rows = found?.Rows ?? [];
                var hasMore = rows.Count > take;
                if (hasMore)
                {
                    rows.RemoveAt(rows.Count - 1);
                }

                return Page(rows, start, hasMore, wantsTotal ? found?.Count ?? 0 : null);
            }) as IDictionary<TKey, Connection>;
        });
        return loader.Load(parent);
    }

    private static Expression<Func<T, bool>> KeyIn<TKey>(Expression<Func<T, TKey>> key, IReadOnlyList<TKey> keys)
    {
        var contains = typeof(Enumerable).GetMethods().Single(m => m.Name == nameof(Enumerable.Contains) && m.GetParameters().Length == 2)
            .MakeGenericMethod(typeof(TKey));
        return Expression.Lambda<Func<T, bool>>(Expression.Call(contains, Parameter(keys.ToList(), typeof(List<TKey>)), key.Body), key.Parameters);
    }

    /// <summary>
    /// <c>g =&gt; new ParentPage { Key = g.Key, Count = g.Count(), Rows = g.{order}.Skip(skip).Take(take).ToList() }</c>, which
    /// EF Core turns into a window per group. The order is built as for a query (the same <see cref="ApplyOrder"/>, on a
    /// stand-in for the group), then moved onto the group's <see cref="Enumerable"/> methods.
    /// </summary>
    private Expression<Func<IGrouping<TKey, T>, ParentPage<TKey>>> PageOfGroup<TKey>(
        IEnumerable<object?>? order, Func<IQueryable<T>, IOrderedQueryable<T>>? defaultOrder, bool count, (int Skip, int Take)? window)
    {
        var group = Expression.Parameter(typeof(IGrouping<TKey, T>), "g");
        var bindings = new List<MemberBinding>
        {
            Expression.Bind(typeof(ParentPage<TKey>).GetProperty(nameof(ParentPage<TKey>.Key))!, Expression.Property(group, nameof(IGrouping<TKey, T>.Key))),
        };
        if (count)
        {
            bindings.Add(Expression.Bind(typeof(ParentPage<TKey>).GetProperty(nameof(ParentPage<TKey>.Count))!,
                Expression.Call(typeof(Enumerable), nameof(Enumerable.Count), [typeof(T)], group)));
        }

        if (window is var (skip, take))
        {
            var standIn = Array.Empty<T>().AsQueryable();
            var ordered = ApplyOrder(standIn, order, defaultOrder).Expression;
            var skipped = Expression.Call(typeof(Queryable), nameof(Queryable.Skip), [typeof(T)], ordered, Parameter(skip, typeof(int)));
            var taken = Expression.Call(typeof(Queryable), nameof(Queryable.Take), [typeof(T)], skipped, Parameter(take, typeof(int)));
            var rows = Expression.Call(typeof(Enumerable), nameof(Enumerable.ToList), [typeof(T)], new OnEnumerable(standIn.Expression, group).Visit(taken)!);
            bindings.Add(Expression.Bind(typeof(ParentPage<TKey>).GetProperty(nameof(ParentPage<TKey>.Rows))!, rows));
        }

        return Expression.Lambda<Func<IGrouping<TKey, T>, ParentPage<TKey>>>(Expression.MemberInit(Expression.New(typeof(ParentPage<TKey>)), bindings), group);
    }

    /// <summary>One parent's part of a batched page: its key, how many children match, and the window of them.</summary>
    private sealed class ParentPage<TKey>
    {
        public TKey Key { get; set; } = default!;

        public int Count { get; set; }

        public List<T>? Rows { get; set; }
    }

    /// <summary>Rewrites a chain of <see cref="Queryable"/> calls on <paramref name="source"/> into the same <see cref="Enumerable"/> calls on
    /// <paramref name="target"/>.</summary>
    private sealed class OnEnumerable(Expression source, Expression target) : ExpressionVisitor
    {
        public override Expression? Visit(Expression? node) => node == source ? target : base.Visit(node);

        protected override Expression VisitMethodCall(MethodCallExpression node)
        {
            if (node.Method.DeclaringType != typeof(Queryable))
            {
                return base.VisitMethodCall(node);
            }

            var arguments = node.Arguments.Select(a => Visit(a is UnaryExpression { NodeType: ExpressionType.Quote } quote ? quote.Operand : a)!).ToList();
            var generics = node.Method.GetGenericArguments();
            var method = typeof(Enumerable).GetMethods()
                .Where(
                    m =>
                        m.Name == node.Method.Name && m.IsGenericMethodDefinition && m.GetGenericArguments().Length == generics.Length && m
                            .GetParameters().Length == arguments.Count)
                .Select(m => m.MakeGenericMethod(generics))
                .Single(m => m.GetParameters().Select((p, i) => p.ParameterType.IsAssignableFrom(arguments[i].Type)).All(ok => ok));
            return Expression.Call(method, arguments);
        }
    }

    /// <summary>A field the user's role may not read (itself or what it is derived from) may not be filtered or sorted on either: that would reveal
    /// it.</summary>
    internal void RefuseDeniedFields(IResolveFieldContext context)
    {
        if (Security.AccessGrant.Of(context) is not { DeniedFields.Count: > 0 } grant)
        {
            return;
        }

        var used = new HashSet<string>(StringComparer.Ordinal);
        Collect(context.GetArgument<Dictionary<string, object?>?>("where"), used);
        foreach (var entry in context.GetArgument<List<object?>?>("order") ?? [])
        {
            if (entry is IDictionary<string, object?> dict)
            {
                used.UnionWith(dict.Keys);
            }
        }

        // The list's output field of the same name says what it is derived from (e.g. a sort on amount covers Opportunity.amount).
        var type = context.Schema.AllTypes[TypeName] as IComplexGraphType;
        foreach (var name in used)
        {
            var deniedBy = type?.GetField(name) is { } field ? Security.FieldDenial.DeniedBy(grant, TypeName, field) : null;
            deniedBy ??= grant.Denies(TypeName, name) ? TypeName + "." + name : null;
            if (deniedBy is not null)
            {
                var what = deniedBy == TypeName + "." + name ? deniedBy : $"{deniedBy}, from which {TypeName}.{name} is derived";
                throw new AppException(ErrorCodes.Forbidden, $"Your role may not read {what}, so it may not filter or sort on it either.");
            }
        }
    }

    private static void Collect(IDictionary<string, object?>? where, HashSet<string> used)
    {
        foreach (var (name, value) in where ?? new Dictionary<string, object?>())
        {
            if (name is "and" or "or")
            {
                foreach (var item in Items(value ?? Array.Empty<object>()))
                {
                    Collect(item, used);
                }
            }
            else
            {
                used.Add(name);
            }
        }
    }

    public IQueryable<T> ApplyWhere(IQueryable<T> source, IDictionary<string, object?>? where)
    {
        if (where is null || where.Count == 0)
        {
            return source;
        }

        var body = BuildFilter(where, "where");
        return source.Where(Expression.Lambda<Func<T, bool>>(body, _parameter));
    }

    public IOrderedQueryable<T> ApplyOrder(IQueryable<T> source, IEnumerable<object?>? order, Func<IQueryable<T>, IOrderedQueryable<T>>? defaultOrder = null)
    {
        IOrderedQueryable<T>? result = null;
        foreach (var item in order ?? [])
        {
            if (item is not IDictionary<string, object?> entry)
            {
                continue;
            }

            foreach (var (name, direction) in entry)
            {
                var field = _fields.First(f => f.Name == name);
                var descending = direction is SortDirection.Desc;
                result = OrderBy(result ?? (IQueryable<T>)source, field, descending, result is not null);
            }
        }

        result ??= defaultOrder?.Invoke(source);
        return result is null ? source.OrderBy(key) : result.ThenBy(key);
    }

    private static bool Requested(IResolveFieldContext context, string field) =>
        context.SubFields is null || context.SubFields.Values.Any(f => f.Field.Name.Value == field);

    private static IOrderedQueryable<T> OrderBy(IQueryable<T> source, SpecField field, bool descending, bool then)
    {
        var lambda = Expression.Lambda(field.Body, field.Parameter);
        var method = (then, descending) switch
        {
            (false, false) => nameof(Queryable.OrderBy),
            (false, true) => nameof(Queryable.OrderByDescending),
            (true, false) => nameof(Queryable.ThenBy),
            (true, true) => nameof(Queryable.ThenByDescending),
        };
        var call = Expression.Call(typeof(Queryable), method, [typeof(T), field.Body.Type], source.Expression, Expression.Quote(lambda));
        return (IOrderedQueryable<T>)source.Provider.CreateQuery<T>(call);
    }

    private LambdaExpression Rebind(LambdaExpression selector) =>
        Expression.Lambda(new Replace(selector.Parameters[0], _parameter).Visit(selector.Body), _parameter);

    private Expression BuildFilter(IDictionary<string, object?> where, string path)
    {
        var parts = new List<Expression>();
        foreach (var (name, value) in where)
        {
            if (value is null)
            {
                continue;
            }

            switch (name)
            {
                case "and":
                    parts.Add(Combine(Items(value).Select((v, i) => BuildFilter(v, $"{path}.and[{i}]")), Expression.AndAlso, true));
                    break;
                case "or":
                    parts.Add(Combine(Items(value).Select((v, i) => BuildFilter(v, $"{path}.or[{i}]")), Expression.OrElse, false));
                    break;
                default:
                    var field = _fields.First(f => f.Name == name);
                    parts.Add(field.IsStringList
                        ? BuildListOperations(field.Body, (IDictionary<string, object?>)value, $"{path}.{name}")
                        : BuildOperations(field.Body, (IDictionary<string, object?>)value));
                    break;
            }
        }

        return Combine(parts, Expression.AndAlso, true);
    }

    private static IEnumerable<IDictionary<string, object?>> Items(object value) =>
        ((IEnumerable)value).OfType<IDictionary<string, object?>>();

    private static Expression Combine(IEnumerable<Expression> parts, Func<Expression, Expression, BinaryExpression> join, bool empty)
    {
        Expression? result = null;
        foreach (var part in parts)
        {
            result = result is null ? part : join(result, part);
        }

        return result ?? Expression.Constant(empty);
    }

    private static Expression BuildOperations(Expression member, IDictionary<string, object?> operations)
    {
        var parts = new List<Expression>();
        foreach (var (op, value) in operations)
        {
            parts.Add(op switch
            {
                "eq" => Expression.Equal(member, Value(value, member.Type)),
                "neq" => Expression.NotEqual(member, Value(value, member.Type)),
                "gt" => Expression.GreaterThan(member, Value(value, member.Type)),
                "gte" => Expression.GreaterThanOrEqual(member, Value(value, member.Type)),
                "lt" => Expression.LessThan(member, Value(value, member.Type)),
                "lte" => Expression.LessThanOrEqual(member, Value(value, member.Type)),
                "in" => In(member, value),
                "nin" => Expression.Not(In(member, value)),
                "contains" => StringCall(member, nameof(string.Contains), value),
                "ncontains" => Expression.Not(StringCall(member, nameof(string.Contains), value)),
                "startsWith" => StringCall(member, nameof(string.StartsWith), value),
                "nstartsWith" => Expression.Not(StringCall(member, nameof(string.StartsWith), value)),
                "endsWith" => StringCall(member, nameof(string.EndsWith), value),
                "nendsWith" => Expression.Not(StringCall(member, nameof(string.EndsWith), value)),
                _ => throw new AppException(ErrorCodes.Validation, $"Unknown filter operation '{op}'."),
            });
        }

        return Combine(parts, Expression.AndAlso, true);
    }

    private Expression BuildListOperations(Expression member, IDictionary<string, object?> operations, string path)
    {
        var item = Expression.Parameter(typeof(string), "t");
        var any = typeof(Enumerable).GetMethods().Single(m => m.Name == nameof(Enumerable.Any) && m.GetParameters().Length == 2)
            .MakeGenericMethod(typeof(string));
        var anyPlain = typeof(Enumerable).GetMethods().Single(m => m.Name == nameof(Enumerable.Any) && m.GetParameters().Length == 1)
            .MakeGenericMethod(typeof(string));
        var all = typeof(Enumerable).GetMethods().Single(m => m.Name == nameof(Enumerable.All)).MakeGenericMethod(typeof(string));
        var parts = new List<Expression>();
        foreach (var (op, value) in operations)
        {
            if (value is null)
            {
                continue;
            }

            Expression Predicate() => Expression.Lambda<Func<string, bool>>(BuildOperations(item, (IDictionary<string, object?>)value), item);
            parts.Add(op switch
            {
                "some" => Expression.Call(any, member, Predicate()),
                "none" => Expression.Not(Expression.Call(any, member, Predicate())),
                "all" => Expression.Call(all, member, Predicate()),
                "any" => Expression.Equal(Expression.Call(anyPlain, member), Expression.Constant((bool)value)),
                _ => throw new AppException(ErrorCodes.Validation, $"Unknown list operation '{op}' at {path}."),
            });
        }

        return Combine(parts, Expression.AndAlso, true);
    }

    private static Expression StringCall(Expression member, string method, object? value)
    {
        if (value is null)
        {
            throw new AppException(ErrorCodes.Validation, $"The {method} filter needs a value.");
        }

        var call = Expression.Call(member, typeof(string).GetMethod(method, [typeof(string)])!, Value(value, typeof(string)));
        return Expression.AndAlso(Expression.NotEqual(member, Expression.Constant(null, typeof(string))), call);
    }

    private static Expression In(Expression member, object? value)
    {
        var listType = typeof(List<>).MakeGenericType(member.Type);
        var list = (IList)Activator.CreateInstance(listType)!;
        foreach (var item in (IEnumerable?)value ?? Array.Empty<object>())
        {
            list.Add(ConvertValue(item, member.Type));
        }

        var contains = typeof(Enumerable).GetMethods().Single(m => m.Name == nameof(Enumerable.Contains) && m.GetParameters().Length == 2)
            .MakeGenericMethod(member.Type);
        return Expression.Call(contains, Parameter(list, listType), member);
    }

    /// <summary>Values go through a closure member, so that EF Core sends them as SQL parameters (plan reuse, no literals).</summary>
    private static Expression Value(object? value, Type type) => Parameter(ConvertValue(value, type), type);

    private static Expression Parameter(object? value, Type type)
    {
        var holder = Activator.CreateInstance(typeof(ValueHolder<>).MakeGenericType(type), value)!;
        return Expression.Property(Expression.Constant(holder), "Value");
    }

    private static object? ConvertValue(object? value, Type type)
    {
        if (value is null)
        {
            return null;
        }

        var target = Nullable.GetUnderlyingType(type) ?? type;
        if (target.IsInstanceOfType(value))
        {
            return value;
        }

        return target.IsEnum ? Enum.ToObject(target, value) : System.Convert.ChangeType(value, target, System.Globalization.CultureInfo.InvariantCulture);
    }

    private InputObjectGraphType CreateFilterType(ISchemaSlice slice)
    {
        var type = new InputObjectGraphType { Name = TypeName + "FilterInput", Description = $"Filters {TypeName} lists." };
        type.AddField(new FieldType { Name = "and", ResolvedType = new ListGraphType(new NonNullGraphType(type)) });
        type.AddField(new FieldType { Name = "or", ResolvedType = new ListGraphType(new NonNullGraphType(type)) });
        foreach (var field in _fields.Where(f => f.Filter))
        {
            type.AddField(new FieldType { Name = field.Name, ResolvedType = FilterOperations.For(slice, field.ValueType, field.GraphType) });
        }

        return type;
    }

    private InputObjectGraphType CreateSortType(ISchemaSlice slice)
    {
        var direction = slice.Shared("SortEnumType", () => new EnumerationGraphType<SortDirection> { Name = "SortEnumType" });
        var type = new InputObjectGraphType { Name = TypeName + "SortInput", Description = $"Sorts {TypeName} lists by one field per entry." };
        foreach (var field in _fields.Where(f => f.Sort))
        {
            type.AddField(new FieldType { Name = field.Name, ResolvedType = direction });
        }

        return type;
    }

    private sealed record SpecField(string Name, LambdaExpression Selector, Type ValueType, string? GraphType, bool Filter, bool Sort)
    {
        public Expression Body => Selector.Body;

        public ParameterExpression Parameter => Selector.Parameters[0];

        public bool IsStringList => ValueType == typeof(List<string>);
    }

    private sealed class Replace(ParameterExpression from, ParameterExpression to) : ExpressionVisitor
    {
        protected override Expression VisitParameter(ParameterExpression node) => node == from ? to : node;
    }
}
