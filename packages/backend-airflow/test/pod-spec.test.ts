import type { PodSpec } from '@couler/ir';
import { describe, expect, it } from 'vitest';
import { compileChecked } from './support/compile-checked';
import { compilerRefusal } from './support/compiler-refusal';
import { container, irWorkflow } from './support/ir';
import { hasJinja, pythonJson, RENDER_JINJA } from './support/python';

/**
 * The keywords of one KubernetesPodOperator, read with python3's `ast`: literals as values,
 * `couler_k8s(json, kind)` as `{ k8s: kind, json }`, anything else as its source text.
 */
const READ_KEYWORDS = String.raw`
import ast, json, sys
data = json.load(sys.stdin)
def value(node):
    if isinstance(node, ast.Call) and ast.unparse(node.func) == "couler_k8s":
        return {"k8s": ast.literal_eval(node.args[1]), "json": ast.literal_eval(node.args[0])}
    if isinstance(node, ast.List):
        return [value(item) for item in node.elts]
    try:
        return ast.literal_eval(node)
    except Exception:
        return ast.unparse(node)
for node in ast.walk(ast.parse(data["source"])):
    if isinstance(node, ast.Call) and ast.unparse(node.func) == "KubernetesPodOperator":
        keywords = {keyword.arg: keyword.value for keyword in node.keywords}
        if ast.literal_eval(keywords["task_id"]) == data["task"]:
            print(json.dumps({name: value(node) for name, node in keywords.items()}))
`;
const keywordsOf = (source: string, task: string) => pythonJson<Record<string, unknown>>(READ_KEYWORDS, { source, task });
const hostile = `{{ dag.dag_id }} {% raw %} $(rm -rf /) '"\n✓`;

const workflowPod: PodSpec = {
  securityContext: { runAsNonRoot: true, runAsUser: 1000, seccompProfile: { type: 'RuntimeDefault' } },
  containerSecurityContext: { allowPrivilegeEscalation: false, capabilities: { drop: ['ALL'] } },
  schedulerName: 'volcano',
  hostAliases: [{ ip: '10.0.0.1', hostnames: ['registry.internal'] }],
  automountServiceAccountToken: false,
};

describe('pod-spec controls on Airflow', () => {
  it("become KubernetesPodOperator's own arguments, the workflow's with the step's over them", () => {
    const train = container('train', {
      pod: {
        affinity: { nodeAffinity: { requiredDuringSchedulingIgnoredDuringExecution: { nodeSelectorTerms: [{ matchExpressions: [{ key: 'gpu', operator: 'Exists' }] }] } } },
        priorityClassName: 'high',
        dnsPolicy: 'None',
        dnsConfig: { nameservers: ['10.0.0.10'], options: [{ name: 'ndots', value: '2' }] },
        initContainers: [{ name: 'prep', image: 'busybox:1.36', command: ['sh', '-c', hostile] }],
        sidecars: [{ name: 'proxy', image: 'envoy:1', ports: [{ containerPort: 9901 }] }],
      },
      env: [{ name: 'NODE', fieldRef: { fieldPath: 'spec.nodeName' } }],
      volumes: [
        { name: 'host', hostPath: { path: '/var/data' } },
        { name: 'conf', configMap: { name: 'settings', items: [{ key: 'a', path: 'a.yaml' }] } },
        { name: 'scratch', ephemeral: { accessModes: ['ReadWriteOnce'], storage: '1Gi' } },
      ],
      volumeMounts: [{ name: 'host', mountPath: '/data' }],
    }, { command: ['true'] });
    const { source, flat } = compileChecked(irWorkflow('pods', [train], { pod: workflowPod, podMetadata: { labels: { team: 'ml' }, annotations: { note: hostile } } }));
    const keywords = keywordsOf(source, 'train');
    expect(keywords).toMatchObject({
      security_context: workflowPod.securityContext,
      container_security_context: workflowPod.containerSecurityContext,
      affinity: train.pod!.affinity,
      priority_class_name: 'high',
      schedulername: 'volcano',
      host_aliases: { k8s: 'list[V1HostAlias]', json: workflowPod.hostAliases },
      dnspolicy: 'None',
      dns_config: { k8s: 'V1PodDNSConfig', json: train.pod!.dnsConfig },
      automount_service_account_token: false,
      init_containers: [{ k8s: 'V1Container', json: { name: 'prep', image: 'busybox:1.36', command: ['sh', '-c', hostile] } }],
      labels: { team: 'ml' },
    });
    expect(keywords.volumes).toEqual([
      { name: 'host', hostPath: { path: '/var/data' } },
      { name: 'conf', configMap: { name: 'settings', items: [{ key: 'a', path: 'a.yaml' }] } },
      { name: 'scratch', ephemeral: { volumeClaimTemplate: { spec: { accessModes: ['ReadWriteOnce'], resources: { requests: { storage: '1Gi' } } } } } },
    ]);
    expect(String(keywords.full_pod_spec)).toContain("couler_k8s({'name': 'proxy'");
    expect(flat).toContain('k8s.V1EnvVar(name="NODE", value_from=couler_k8s({"fieldRef": {"apiVersion": "v1", "fieldPath": "spec.nodeName"}}, "V1EnvVarSource"))');
    expect(source).toContain('def couler_k8s(data, kind):');
  });

  it.skipIf(!hasJinja)('keeps hostile text in rendered fields as written', () => {
    const { source } = compileChecked(irWorkflow('pods', [container('a', {}, { command: ['true'] })], { podMetadata: { annotations: { note: hostile } } }));
    const annotations = keywordsOf(source, 'a').annotations as Record<string, string>;
    expect(pythonJson<string[]>(RENDER_JINJA, [annotations.note])).toEqual([hostile]);
  });

  it("refuses a pod patch, and pod settings where Airflow has no pod of the step's, with the reason", () => {
    const patch = compilerRefusal(irWorkflow('pods', [container('a', { pod: { podSpecPatch: '{"hostname": "x"}' } }, { command: ['true'] })]));
    expect(patch).toMatchObject({ code: 'UNSUPPORTED_BY_BACKEND', path: ['steps', 'a', 'pod', 'podSpecPatch'] });
    expect(patch.message).toContain('KubernetesPodOperator has no pod patch');
    const job = compilerRefusal(irWorkflow('pods', [{ name: 'j', kind: 'job', job: { framework: 'pytorch', image: 'trainer:1', replicas: { Worker: { replicas: 2 } } } } as never], { pod: { schedulerName: 'volcano' } }));
    expect(job.message).toContain("not to the job's replicas");
  });

  it("puts the step's probes, ports, hooks and the rest on the base container of full_pod_spec, the provider merging it into its own", () => {
    const serve = container('serve', {
      pod: {
        container: {
          readinessProbe: { httpGet: { port: 'http', path: '/ready' } },
          ports: [{ containerPort: 8080, name: 'http' }],
          lifecycle: { postStart: { exec: { command: ['sh', '-c', hostile] } } },
          terminationMessagePath: '/tmp/end',
        },
        initContainers: [{ name: 'mesh', image: 'mesh:1', restartPolicy: 'Always', startupProbe: { tcpSocket: { port: 15001 } } }],
      },
    }, { command: ['true'] });
    const { source } = compileChecked(irWorkflow('probes', [serve], { pod: { container: { terminationMessagePath: '/var/end', livenessProbe: { exec: { command: ['true'] } } } } }));
    const keywords = keywordsOf(source, 'serve');
    const spec = String(keywords.full_pod_spec);
    expect(spec).toContain("couler_k8s({'name': 'base', 'livenessProbe': {'exec': {'command': ['true']}}, 'readinessProbe': {'httpGet': {'port': 'http', 'path': '/ready'}}, 'ports': [{'containerPort': 8080, 'name': 'http'}]");
    expect(spec).toContain("'terminationMessagePath': '/tmp/end'");
    // full_pod_spec is not a templated field: the hook's text is written as it is.
    expect(spec).toContain(JSON.stringify(hostile).slice(1, 12));
    expect(keywords.init_containers).toEqual([{ k8s: 'V1Container', json: { name: 'mesh', image: 'mesh:1', restartPolicy: 'Always', startupProbe: { tcpSocket: { port: 15001 } } } }]);
  });
});
