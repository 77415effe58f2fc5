namespace SalesSuite.SharedKernel.Events;

/// <summary>A fact one module tells the others (declare it as a record in the module's Contracts assembly).</summary>
public interface IIntegrationEvent
{
}
