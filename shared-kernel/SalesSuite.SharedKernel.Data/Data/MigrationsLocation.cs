using System.Reflection;

namespace SalesSuite.SharedKernel.Data;

/// <summary>
/// The assembly that ships a context's migrations when it is not the context's own: the audit context's are generated code
/// that names provider types, so they live in the host, which alone references the providers.
/// Registered by <see cref="ModuleDataRegistration.AddModuleDbContext{TContext}"/>.
/// </summary>
public sealed record MigrationsLocation(Type ContextType, Assembly Assembly);
