using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace SalesSuite.Security.Tests;

/// <summary>A type reference from introspection: NON_NULL and LIST wrap a named type.</summary>
public sealed record TypeRef(string Kind, string? Name, TypeRef? OfType)
{
    public TypeRef Named => OfType is null ? this : OfType.Named;

    public bool IsNonNull => Kind == "NON_NULL";

    /// <summary>In GraphQL notation, e.g. <c>[Customer!]!</c>.</summary>
    public override string ToString() => Kind switch
    {
        "NON_NULL" => OfType + "!",
        "LIST" => "[" + OfType + "]",
        _ => Name ?? "?",
    };

    public static TypeRef From(JsonNode node) =>
        new(node["kind"]!.GetValue<string>(), node["name"]?.GetValue<string>(), node["ofType"] is { } of ? From(of) : null);
}

public sealed record InputValue(string Name, TypeRef Type);

public sealed record FieldDef(string Name, IReadOnlyList<InputValue> Args, TypeRef Type);

public sealed record TypeDef(string Kind, string Name, IReadOnlyList<FieldDef> Fields, IReadOnlyList<InputValue> InputFields, IReadOnlyList<string> EnumValues,
    IReadOnlyList<string> PossibleTypes);

/// <summary>The schema as introspection tells it, enough to write a valid document for any root field.</summary>
public sealed class IntrospectedSchema
{
    public const string Query = """
        query {
          __schema {
            queryType { name }
            mutationType { name }
            types {
              kind name
              fields(includeDeprecated: true) { name args { name type { ...T } } type { ...T } }
              inputFields { name type { ...T } }
              enumValues(includeDeprecated: true) { name }
              possibleTypes { name }
            }
          }
        }
        fragment T on __Type { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name } } } } } }
        """;

    private IntrospectedSchema(IReadOnlyDictionary<string, TypeDef> types, string queryType, string? mutationType)
    {
        Types = types;
        QueryType = queryType;
        MutationType = mutationType;
    }

    public IReadOnlyDictionary<string, TypeDef> Types { get; }

    public string QueryType { get; }

    public string? MutationType { get; }

    public IReadOnlyList<FieldDef> QueryFields => Types[QueryType].Fields;

    public IReadOnlyList<FieldDef> MutationFields => MutationType is null ? [] : Types[MutationType].Fields;

    public static IntrospectedSchema Parse(JsonNode data)
    {
        var schema = data["__schema"]!;
        var types = new Dictionary<string, TypeDef>(StringComparer.Ordinal);
        foreach (var t in schema["types"]!.AsArray())
        {
            var name = t!["name"]!.GetValue<string>();
            types[name] = new TypeDef(
                t["kind"]!.GetValue<string>(),
                name,
                t["fields"]?.AsArray().Select(f => new FieldDef(
                    f!["name"]!.GetValue<string>(),
                    f["args"]!.AsArray().Select(a => new InputValue(a!["name"]!.GetValue<string>(), TypeRef.From(a["type"]!))).ToList(),
                    TypeRef.From(f["type"]!))).ToList() ?? [],
                t["inputFields"]?.AsArray().Select(f => new InputValue(f!["name"]!.GetValue<string>(), TypeRef.From(f["type"]!))).ToList() ?? [],
                t["enumValues"]?.AsArray().Select(v => v!["name"]!.GetValue<string>()).ToList() ?? [],
                t["possibleTypes"]?.AsArray().Select(v => v!["name"]!.GetValue<string>()).ToList() ?? []);
        }

        return new IntrospectedSchema(types, schema["queryType"]!["name"]!.GetValue<string>(), schema["mutationType"]?["name"]?.GetValue<string>());
    }
}

/// <summary>The values one probe document passes: an id (as a global id, or its raw GUID), the user ids, and a text to search for.</summary>
public sealed record ProbeValues(string IdKind, string GlobalId, Guid RawId, IReadOnlyList<string> UserIds, string SearchText);

/// <summary>
/// Writes one document per root field from introspection alone. Arguments: every required one, every optional one
/// named like a user id or a search, and the first optional one that can carry an id; input objects alike, recursively.
/// Values: IDs (and GUIDs) from <see cref="ProbeValues"/>, user-id-like strings "alice"/..., search strings the
/// <see cref="ProbeValues.SearchText"/>, other strings "x", Int 1, Boolean false, the first enum value, an ISO date,
/// lists of one. Selection: <c>__typename</c> and the scalars, objects up to three levels deep, connections as
/// <c>totalCount nodes { ... }</c>, interfaces with a fragment per possible type.
/// </summary>
public sealed partial class SchemaWalker(IntrospectedSchema schema)
{
    private const int MaxSelectionDepth = 3;

    public IntrospectedSchema Schema => schema;

    /// <summary>Whether a field's arguments can carry an id (so it is probed once per kind of id).</summary>
    public bool TakesIds(FieldDef field) => field.Args.Any(a => CarriesId(a.Type, []));

    /// <summary>Whether the field's arguments take user ids (so it is probed with different users).</summary>
    public bool TakesUserIds(FieldDef field) => field.Args.Any(a => TakesUserIds(a, []));

    /// <summary>Whether the field has a search argument (which gets a text only another tenant has).</summary>
    public static bool TakesSearch(FieldDef field) => field.Args.Any(a => IsSearchLike(a.Name) && a.Type.Named.Name == "String");

    public string Document(string operation, FieldDef field, ProbeValues values)
    {
        var users = new Queue<string>(values.UserIds);
        var arguments = Arguments(field.Args, values, users, []);
        var text = new StringBuilder();
        text.Append(operation).Append(" { ").Append(field.Name);
        if (arguments.Length > 0)
        {
            text.Append('(').Append(arguments).Append(')');
        }

        text.Append(Selection(field.Type, 1));
        text.Append(" }");
        return text.ToString();
    }

    public static bool IsUserIdLike(string name) => UserIdName().IsMatch(name);

    public static bool IsSearchLike(string name) => SearchName().IsMatch(name);

    private string Arguments(IReadOnlyList<InputValue> inputs, ProbeValues values, Queue<string> users, HashSet<string> path)
    {
        var chosen = new List<InputValue>();
        var tookOptionalId = false;
        foreach (var input in inputs)
        {
            if (input.Type.IsNonNull || ((IsUserIdLike(input.Name) || IsSearchLike(input.Name)) && input.Type.Named.Name == "String"))
            {
                chosen.Add(input);
            }
            else if (!tookOptionalId && CarriesId(input.Type, path))
            {
                chosen.Add(input);
                tookOptionalId = true;
            }
        }

        return string.Join(", ", chosen.Select(i => $"{i.Name}: {Value(i.Name, i.Type, values, users, path)}"));
    }

    private string Value(string name, TypeRef type, ProbeValues values, Queue<string> users, HashSet<string> path)
    {
        switch (type.Kind)
        {
            case "NON_NULL":
                return Value(name, type.OfType!, values, users, path);
            case "LIST":
                return "[" + Value(name, type.OfType!, values, users, path) + "]";
            case "ENUM":
                return schema.Types[type.Name!].EnumValues[0];
            case "INPUT_OBJECT":
                var objectPath = new HashSet<string>(path, StringComparer.Ordinal) { type.Name! };
                return "{ " + Arguments(schema.Types[type.Name!].InputFields, values, users, objectPath) + " }";
        }

        return type.Name switch
        {
            "ID" => Quote(values.GlobalId),
            "Guid" or "UUID" or "Uuid" => Quote(values.RawId.ToString()),
            "String" when IsUserIdLike(name) => Quote(users.Count > 1 ? users.Dequeue() : users.Peek()),
            "String" when IsSearchLike(name) => Quote(values.SearchText),
            "String" => Quote("x"),
            "Int" or "Long" or "Short" or "UShort" or "UInt" or "ULong" or "Byte" or "SByte" or "BigInt" => "1",
            "Float" or "Decimal" => "1.5",
            "Boolean" => "false",
            "DateTimeOffset" or "DateTime" => Quote("2026-01-01T00:00:00Z"),
            "Date" or "DateOnly" => Quote("2026-01-01"),
            "TimeSpan" or "Seconds" or "Milliseconds" => "1",
            _ => Quote("x"),
        };
    }

    private bool CarriesId(TypeRef type, HashSet<string> path)
    {
        var named = type.Named;
        if (named.Kind == "SCALAR")
        {
            return named.Name is "ID" or "Guid" or "UUID" or "Uuid";
        }

        if (named.Kind != "INPUT_OBJECT" || path.Contains(named.Name!))
        {
            return false;
        }

        var inner = new HashSet<string>(path, StringComparer.Ordinal) { named.Name! };
        return schema.Types[named.Name!].InputFields.Any(f => CarriesId(f.Type, inner));
    }

    private bool TakesUserIds(InputValue input, HashSet<string> path)
    {
        var named = input.Type.Named;
        if (named.Kind == "SCALAR")
        {
            return named.Name == "String" && IsUserIdLike(input.Name);
        }

        if (named.Kind != "INPUT_OBJECT" || path.Contains(named.Name!) || !input.Type.IsNonNull)
        {
            return false;
        }

        var inner = new HashSet<string>(path, StringComparer.Ordinal) { named.Name! };
        return schema.Types[named.Name!].InputFields.Any(f => TakesUserIds(f, inner));
    }

    private string Selection(TypeRef type, int depth)
    {
        var named = schema.Types[type.Named.Name!];
        return named.Kind switch
        {
            "SCALAR" or "ENUM" => string.Empty,
            "OBJECT" => " { " + ObjectSelection(named, depth) + " }",
            _ =>
                " { __typename" + string.Concat(
                    named.PossibleTypes.Select(p => $" ... on {p} {{ {ObjectSelection(schema.Types[p], depth + 1, Conflicting(named))} }}")) + " }",
        };
    }

    /// <summary>Field names that the possible types of an interface or union define with different types: selecting them in two fragments is invalid.</summary>
    private HashSet<string> Conflicting(TypeDef abstractType) =>
        abstractType.PossibleTypes.SelectMany(p => schema.Types[p].Fields)
            .GroupBy(f => f.Name, StringComparer.Ordinal)
            .Where(g => g.Select(f => f.Type.ToString()).Distinct(StringComparer.Ordinal).Count() > 1)
            .Select(g => g.Key)
            .ToHashSet(StringComparer.Ordinal);

    private string ObjectSelection(TypeDef type, int depth, IReadOnlySet<string>? leaveOut = null)
    {
        var parts = new List<string> { "__typename" };
        var isConnection = type.Fields.Any(f => f.Name == "nodes") && type.Fields.Any(f => f.Name == "totalCount");
        foreach (var field in type.Fields.Where(f => !f.Args.Any(a => a.Type.IsNonNull) && leaveOut?.Contains(f.Name) != true))
        {
            var kind = schema.Types[field.Type.Named.Name!].Kind;
            if (kind is "SCALAR" or "ENUM")
            {
                parts.Add(field.Name);
            }
            else if (isConnection)
            {
                // nodes stay on the connection's level; edges and pageInfo repeat what nodes and totalCount show.
                if (field.Name == "nodes")
                {
                    parts.Add(field.Name + Selection(field.Type, depth));
                }
            }
            else if (depth < MaxSelectionDepth)
            {
                parts.Add(field.Name + Selection(field.Type, depth + 1));
            }
        }

        return string.Join(" ", parts);
    }

    private static string Quote(string value) =>
        "\"" + value.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\"";

    [GeneratedRegex("(?i)(^user$|^owner$|userid$|ownerid$)")]
    private static partial Regex UserIdName();

    [GeneratedRegex("(?i)^(search|query|q|term|text|keyword)$")]
    private static partial Regex SearchName();
}
