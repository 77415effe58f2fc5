using System.Reflection;
using System.Runtime.ExceptionServices;
using Microsoft.EntityFrameworkCore;
using SalesSuite.Host.Data.Providers;
using SalesSuite.SharedKernel.Data;

namespace SalesSuite.Security.Tests;

/// <summary>
/// Every module DbContext, found by reflection (they are internal to their modules): each concrete
/// <see cref="ModuleDbContext"/> in a <c>SalesSuite.Modules.*</c> assembly beside the tests, and the kernel's own
/// (the audit log's <c>AuditDbContext</c>).
/// </summary>
public static class ModuleContexts
{
    private static readonly Lazy<IReadOnlyList<Type>> Found = new(Find);

    public static IReadOnlyList<Type> All => Found.Value;

    /// <summary>Theory data: the context types by full name (a Type is not serializable test data).</summary>
    public static TheoryData<string> Names
    {
        get
        {
            var data = new TheoryData<string>();
            foreach (var type in All)
            {
                data.Add(type.FullName!);
            }

            return data;
        }
    }

    public static Type Named(string fullName) =>
        All.SingleOrDefault(t => t.FullName == fullName) ?? throw new InvalidOperationException($"No module DbContext named {fullName}.");

    /// <summary>A context for <paramref name="provider"/> that never connects, through <c>DesignTimeContexts.Create&lt;T&gt;(provider)</c>.</summary>
    public static DbContext CreateDesignTime(Type contextType, DatabaseProvider provider)
    {
        // The providers are the host's: register their engines as its start-up does.
        DatabaseEngineRegistration.RegisterAll();
        var create = typeof(DesignTimeContexts).GetMethods(BindingFlags.Public | BindingFlags.Static)
            .Single(m => m.Name == nameof(DesignTimeContexts.Create) && m.IsGenericMethodDefinition && m.GetParameters().Length == 1)
            .MakeGenericMethod(contextType);
        try
        {
            return (DbContext)create.Invoke(null, [provider])!;
        }
        catch (TargetInvocationException ex) when (ex.InnerException is not null)
        {
            ExceptionDispatchInfo.Capture(ex.InnerException).Throw();
            throw;
        }
    }

    private static IReadOnlyList<Type> Find()
    {
        var assemblies = Directory.EnumerateFiles(AppContext.BaseDirectory, "SalesSuite.Modules.*.dll")
            .Select(path => Assembly.Load(AssemblyName.GetAssemblyName(path)))
            .Append(typeof(ModuleDbContext).Assembly);
        return assemblies
            .SelectMany(a => a.GetTypes())
            .Where(t => t is { IsClass: true, IsAbstract: false } && typeof(ModuleDbContext).IsAssignableFrom(t))
            .OrderBy(t => t.FullName, StringComparer.Ordinal)
            .ToList();
    }
}
