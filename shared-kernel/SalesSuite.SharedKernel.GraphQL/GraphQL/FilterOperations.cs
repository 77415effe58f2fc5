using GraphQL.Types;
using SalesSuite.SharedKernel.Modules;

namespace SalesSuite.SharedKernel.GraphQL;

/// <summary>The shared <c>XOperationFilterInput</c> types, one per scalar.</summary>
internal static class FilterOperations
{
    public static IInputObjectGraphType For(ISchemaSlice slice, Type valueType, string? enumTypeName)
    {
        var type = Nullable.GetUnderlyingType(valueType) ?? valueType;
        if (type == typeof(List<string>))
        {
            return slice.Shared("ListStringOperationFilterInput", () =>
            {
                var str = For(slice, typeof(string), null);
                var list = new InputObjectGraphType { Name = "ListStringOperationFilterInput", Description = "Filters a list of strings." };
                list.AddField(new FieldType { Name = "some", ResolvedType = str, Description = "At least one element matches." });
                list.AddField(new FieldType { Name = "none", ResolvedType = str, Description = "No element matches." });
                list.AddField(new FieldType { Name = "all", ResolvedType = str, Description = "Every element matches." });
                list.AddField(new FieldType
                {
                    Name = "any",
                    ResolvedType = new BooleanGraphType(),
                    Description = "The list has (true) or has no (false) elements."
                });
                return list;
            });
        }

        if (type.IsEnum)
        {
            var name = enumTypeName ?? throw new InvalidOperationException($"Name the GraphQL enum type of {type.Name} in the query spec.");
            return slice.Shared(name + "OperationFilterInput",
                () => Build(name + "OperationFilterInput", () => new GraphQLTypeReference(name), comparable: false, text: false));
        }

        return type switch
        {
            _ when type == typeof(string) =>
                slice.Shared("StringOperationFilterInput",
                    () => Build("StringOperationFilterInput", () => new StringGraphType(), comparable: false, text: true)),
            _ when type == typeof(Guid) =>
                slice.Shared("UuidOperationFilterInput", () => Build("UuidOperationFilterInput", () => new GuidGraphType(), comparable: false, text: false)),
            _ when type == typeof(bool) =>
                slice.Shared("BooleanOperationFilterInput",
                    () => Build("BooleanOperationFilterInput", () => new BooleanGraphType(), comparable: false, text: false, list: false)),
            _ when type == typeof(int) =>
                slice.Shared("IntOperationFilterInput", () => Build("IntOperationFilterInput", () => new IntGraphType(), comparable: true, text: false)),
            _ when type == typeof(long) =>
                slice.Shared("LongOperationFilterInput", () => Build("LongOperationFilterInput", () => new LongGraphType(), comparable: true, text: false)),
            _ when type == typeof(decimal) =>
                slice.Shared("DecimalOperationFilterInput",
                    () => Build("DecimalOperationFilterInput", () => new DecimalGraphType(), comparable: true, text: false)),
            _ when type == typeof(double) =>
                slice.Shared("FloatOperationFilterInput", () => Build("FloatOperationFilterInput", () => new FloatGraphType(), comparable: true, text: false)),
            _ when type == typeof(DateTimeOffset) =>
                slice.Shared("DateTimeOperationFilterInput",
                    () => Build("DateTimeOperationFilterInput", () => new DateTimeOffsetGraphType(), comparable: true, text: false)),
            _ when type == typeof(DateOnly) =>
                slice.Shared("DateOperationFilterInput", () => Build("DateOperationFilterInput", () => new DateOnlyGraphType(), comparable: true, text: false)),
            _ => throw new InvalidOperationException($"Filtering on {type.Name} is not supported."),
        };
    }

    private static InputObjectGraphType Build(string name, Func<IGraphType> scalar, bool comparable, bool text, bool list = true)
    {
        var type = new InputObjectGraphType { Name = name };
        type.AddField(new FieldType { Name = "eq", ResolvedType = scalar(), Description = "Equals (null matches missing values)." });
        type.AddField(new FieldType { Name = "neq", ResolvedType = scalar(), Description = "Does not equal." });
        if (list)
        {
            type.AddField(new FieldType { Name = "in", ResolvedType = new ListGraphType(scalar()), Description = "Is one of." });
            type.AddField(new FieldType { Name = "nin", ResolvedType = new ListGraphType(scalar()), Description = "Is none of." });
        }

        if (comparable)
        {
            foreach (var op in new[] { "gt", "gte", "lt", "lte" })
            {
                type.AddField(new FieldType { Name = op, ResolvedType = scalar() });
            }
        }

        if (text)
        {
            foreach (var op in new[] { "contains", "ncontains", "startsWith", "nstartsWith", "endsWith", "nendsWith" })
            {
                type.AddField(new FieldType { Name = op, ResolvedType = scalar(), Description = "Case-sensitive text match." });
            }
        }

        return type;
    }
}
