    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
i    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
m    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
p    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
o    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
r    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
t    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
     const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
{    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
     const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
r    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
e    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
a    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
d    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
F    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
i    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
l    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
e    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
S    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
y    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
n    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
c    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
     const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
}    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
     const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
f    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
r    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
o    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
m    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
     const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
'    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
n    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
o    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
d    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
e    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
:    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
f    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
s    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
'    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
;    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });

    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
i    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
m    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
p    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
o    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
r    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
t    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
     const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
{    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
     const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
d    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
e    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
s    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
c    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
r    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
i    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
b    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
e    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
,    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
     const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
e    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
x    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
p    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
e    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
c    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
t    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
,    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
     const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
i    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
t    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
     const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
}    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
     const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
f    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
r    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
o    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
m    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
     const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
'    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
v    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
i    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
t    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
e    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
s    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
t    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
'    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
;    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });

    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
i    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
m    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
p    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
o    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
r    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
t    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
     const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
{    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
     const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
r    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
u    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
n    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
W    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
o    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
r    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
k    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
f    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
l    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
o    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
w    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
     const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
}    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
     const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
f    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
r    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
o    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
m    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
     const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
'    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
.    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
.    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
/    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
s    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
r    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
c    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
/    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
r    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
u    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
n    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
-    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
w    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
o    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
r    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
k    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
f    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
l    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
o    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
w    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
'    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
;    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });

    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
i    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
m    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
p    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
o    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
r    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
t    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
     const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
{    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
     const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
e    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
v    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
e    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
n    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
t    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
L    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
o    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
g    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
,    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
     const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
s    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
h    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
,    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
     const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
u    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
s    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
e    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
T    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
e    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
m    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
p    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
D    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
i    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
r    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
s    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
,    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
     const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
w    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
o    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
r    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
k    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
f    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
l    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
o    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
w    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
O    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
f    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
     const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
}    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
     const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
f    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
r    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
o    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
m    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
     const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
'    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
.    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
/    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
h    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
e    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
l    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
p    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
e    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
r    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
s    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
/    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
w    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
o    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
r    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
k    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
f    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
l    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
o    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
w    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
s    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
'    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
;    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });

    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });

    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
c    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
o    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
n    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
s    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
t    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
     const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
d    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
i    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
r    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
s    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
     const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
=    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
     const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
u    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
s    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
e    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
T    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
e    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
m    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
p    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
D    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
i    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
r    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
s    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
(    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
)    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
;    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });

    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
c    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
o    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
n    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
s    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
t    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
     const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
r    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
e    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
s    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
u    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
l    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
t    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
     const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
=    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
     const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
(    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
s    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
t    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
e    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
p    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
:    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
     const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
s    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
t    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
r    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
i    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
n    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
g    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
)    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
     const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
=    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
>    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
     const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
(    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
{    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
     const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
r    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
e    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
f    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
:    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
     const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
'    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
s    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
t    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
e    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
p    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
'    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
,    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
     const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
s    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
t    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
e    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
p    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
,    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
     const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
o    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
u    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
t    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
p    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
u    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
t    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
:    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
     const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
'    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
r    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
e    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
s    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
u    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
l    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
t    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
'    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
     const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
}    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
)    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
;    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });

    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });

    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
d    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
e    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
s    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
c    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
r    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
i    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
b    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
e    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
(    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
'    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
w    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
o    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
r    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
k    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
f    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
l    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
o    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
w    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
     const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
o    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
u    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
t    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
p    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
u    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
t    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
s    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
     const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
(    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
s    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
p    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
e    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
c    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
.    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
o    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
u    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
t    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
p    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
u    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
t    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
s    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
)    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
'    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
,    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
     const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
(    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
)    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
     const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
=    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
>    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
     const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
{    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });

    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
     const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
     const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
i    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
t    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
(    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
'    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
a    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
r    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
e    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
     const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
r    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
e    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
a    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
d    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
     const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
w    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
h    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
e    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
n    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
     const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
t    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
h    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
e    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
     const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
m    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
a    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
i    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
n    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
     const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
s    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
t    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
e    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
p    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
s    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
     const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
a    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
r    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
e    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
     const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
d    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
o    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
n    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
e    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
:    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
     const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
a    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
     const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
v    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
a    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
l    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
u    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
e    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
     const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
f    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
r    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
o    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
m    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
     const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
p    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
a    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
r    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
a    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
m    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
e    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
t    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
e    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
r    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
s    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
     const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
a    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
n    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
d    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
     const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
r    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
e    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
s    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
u    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
l    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
t    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
s    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
,    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
     const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
a    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
n    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
d    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
     const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
t    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
h    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
e    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
     const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
f    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
i    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
r    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
s    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
t    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
     const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
b    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
r    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
a    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
n    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
c    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
h    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
     const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
t    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
h    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
a    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
t    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
     const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
r    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
a    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
n    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
'    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
,    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
     const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
a    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
s    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
y    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
n    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
c    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
     const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
(    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
)    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
     const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
=    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
>    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
     const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
{    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });

    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
     const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
     const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
     const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
     const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
c    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
o    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
n    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
s    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
t    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
     const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
s    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
t    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
e    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
p    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
s    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
     const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
=    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
     const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
[    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });

    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
     const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
     const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
     const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
     const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
     const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
     const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
s    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
h    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
(    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
'    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
f    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
l    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
i    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
p    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
'    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
,    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
     const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
'    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
e    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
c    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
h    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
o    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
     const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
t    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
a    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
i    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
l    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
s    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
'    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
)    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
,    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });

    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
     const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
     const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
     const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
     const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
     const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
     const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
s    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
h    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
(    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
'    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
h    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
e    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
a    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
d    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
s    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
'    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
,    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
     const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
'    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
e    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
c    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
h    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
o    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
     const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
g    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
o    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
t    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
-    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
h    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
e    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
a    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
d    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
s    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
'    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
,    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
     const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
{    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
     const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
w    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
h    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
e    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
n    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
:    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
     const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
{    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
     const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
o    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
p    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
:    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
     const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
'    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
e    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
q    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
u    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
a    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
l    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
'    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
,    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
     const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
l    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
e    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
f    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
t    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
:    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
     const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
r    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
e    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
s    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
u    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
l    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
t    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
(    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
'    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
f    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
l    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
i    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
p    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
'    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
)    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
,    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
     const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
r    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
i    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
g    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
h    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
t    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
:    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
     const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
'    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
h    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
e    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
a    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
d    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
s    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
'    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
     const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
}    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
     const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
}    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
)    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
,    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });

    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
     const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
     const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
     const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
     const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
     const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
     const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
s    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
h    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
(    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
'    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
t    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
a    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
i    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
l    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
s    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
'    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
,    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
     const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
'    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
e    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
c    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
h    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
o    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
     const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
g    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
o    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
t    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
-    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
t    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
a    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
i    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
l    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
s    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
'    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
,    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
     const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
{    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
     const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
w    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
h    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
e    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
n    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
:    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
     const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
{    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
     const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
o    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
p    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
:    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
     const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
'    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
e    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
q    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
u    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
a    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
l    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
'    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
,    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
     const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
l    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
e    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
f    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
t    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
:    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
     const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
r    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
e    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
s    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
u    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
l    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
t    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
(    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
'    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
f    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
l    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
i    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
p    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
'    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
)    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
,    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
     const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
r    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
i    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
g    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
h    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
t    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
:    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
     const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
'    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
t    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
a    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
i    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
l    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
s    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
'    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
     const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
}    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
     const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
}    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
)    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
,    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });

    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
     const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
     const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
     const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
     const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
]    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
;    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });

    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
     const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
     const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
     const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
     const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
c    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
o    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
n    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
s    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
t    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
     const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
o    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
u    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
t    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
p    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
u    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
t    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
s    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
     const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
=    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
     const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
{    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });

    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
     const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
     const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
     const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
     const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
     const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
     const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
p    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
a    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
r    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
a    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
m    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
e    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
t    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
e    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
r    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
s    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
:    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
     const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
[    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });

    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
     const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
     const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
     const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
     const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
     const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
     const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
     const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
     const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
{    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
     const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
n    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
a    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
m    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
e    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
:    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
     const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
'    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
l    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
a    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
b    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
e    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
l    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
'    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
,    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
     const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
v    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
a    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
l    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
u    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
e    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
:    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
     const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
{    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
     const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
c    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
o    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
n    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
c    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
a    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
t    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
:    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
     const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
[    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
{    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
     const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
r    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
e    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
f    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
:    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
     const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
'    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
p    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
a    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
r    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
a    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
m    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
e    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
t    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
e    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
r    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
'    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
,    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
     const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
n    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
a    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
m    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
e    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
:    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
     const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
'    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
p    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
r    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
e    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
f    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
i    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
x    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
'    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
     const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
}    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
,    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
     const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
'    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
-    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
'    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
,    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
     const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
r    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
e    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
s    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
u    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
l    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
t    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
(    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
'    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
f    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
l    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
i    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
p    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
'    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
)    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
]    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
     const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
}    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
     const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
}    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
,    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });

    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
     const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
     const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
     const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
     const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
     const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
     const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
     const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
     const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
{    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
     const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
n    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
a    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
m    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
e    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
:    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
     const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
'    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
b    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
r    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
a    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
n    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
c    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
h    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
'    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
,    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
     const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
f    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
i    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
r    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
s    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
t    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
O    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
f    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
:    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
     const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
[    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
r    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
e    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
s    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
u    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
l    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
t    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
(    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
'    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
h    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
e    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
a    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
d    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
s    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
'    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
)    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
,    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
     const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
r    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
e    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
s    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
u    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
l    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
t    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
(    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
'    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
t    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
a    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
i    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
l    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
s    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
'    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
)    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
]    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
     const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
}    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
,    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });

    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
     const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
     const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
     const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
     const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
     const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
     const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
]    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
,    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });

    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
     const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
     const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
     const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
     const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
}    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
;    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });

    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
     const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
     const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
     const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
     const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
c    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
o    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
n    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
s    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
t    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
     const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
{    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
     const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
e    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
v    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
e    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
n    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
t    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
s    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
,    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
     const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
o    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
n    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
E    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
v    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
e    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
n    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
t    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
     const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
}    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
     const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
=    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
     const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
e    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
v    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
e    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
n    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
t    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
L    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
o    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
g    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
(    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
)    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
;    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });

    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
     const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
     const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
     const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
     const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
c    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
o    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
n    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
s    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
t    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
     const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
s    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
u    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
m    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
m    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
a    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
r    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
y    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
     const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
=    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
     const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
a    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
w    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
a    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
i    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
t    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
     const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
r    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
u    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
n    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
W    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
o    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
r    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
k    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
f    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
l    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
o    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
w    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
(    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
w    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
o    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
r    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
k    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
f    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
l    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
o    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
w    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
O    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
f    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
(    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
'    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
c    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
o    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
i    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
n    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
'    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
,    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
     const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
s    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
t    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
e    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
p    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
s    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
,    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
     const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
{    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
     const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
p    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
a    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
r    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
a    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
m    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
e    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
t    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
e    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
r    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
s    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
:    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
     const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
[    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
{    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
     const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
n    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
a    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
m    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
e    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
:    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
     const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
'    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
p    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
r    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
e    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
f    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
i    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
x    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
'    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
,    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
     const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
d    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
e    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
f    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
a    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
u    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
l    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
t    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
:    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
     const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
'    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
c    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
o    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
i    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
n    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
'    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
     const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
}    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
]    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
,    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
     const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
o    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
u    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
t    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
p    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
u    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
t    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
s    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
     const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
}    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
)    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
,    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
     const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
{    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
     const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
h    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
o    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
m    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
e    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
:    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
     const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
d    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
i    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
r    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
s    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
.    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
h    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
o    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
m    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
e    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
(    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
)    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
,    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
     const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
o    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
n    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
E    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
v    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
e    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
n    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
t    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
     const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
}    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
)    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
;    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });

    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
     const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
     const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
     const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
     const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
e    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
x    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
p    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
e    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
c    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
t    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
(    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
s    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
u    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
m    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
m    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
a    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
r    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
y    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
.    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
p    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
h    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
a    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
s    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
e    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
)    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
.    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
t    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
o    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
B    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
e    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
(    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
'    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
S    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
u    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
c    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
c    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
e    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
e    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
d    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
e    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
d    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
'    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
)    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
;    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });

    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
     const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
     const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
     const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
     const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
e    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
x    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
p    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
e    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
c    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
t    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
(    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
s    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
u    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
m    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
m    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
a    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
r    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
y    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
.    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
o    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
u    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
t    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
p    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
u    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
t    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
s    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
)    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
.    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
t    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
o    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
E    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
q    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
u    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
a    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
l    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
(    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
{    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
     const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
l    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
a    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
b    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
e    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
l    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
:    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
     const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
'    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
c    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
o    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
i    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
n    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
-    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
t    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
a    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
i    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
l    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
s    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
'    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
,    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
     const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
b    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
r    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
a    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
n    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
c    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
h    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
:    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
     const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
'    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
g    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
o    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
t    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
-    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
t    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
a    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
i    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
l    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
s    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
'    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
     const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
}    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
)    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
;    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });

    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
     const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
     const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
     const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
     const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
e    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
x    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
p    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
e    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
c    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
t    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
(    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
e    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
v    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
e    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
n    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
t    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
s    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
.    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
a    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
t    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
(    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
-    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
1    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
)    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
)    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
.    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
t    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
o    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
M    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
a    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
t    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
c    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
h    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
O    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
b    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
j    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
e    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
c    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
t    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
(    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
{    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
     const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
t    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
y    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
p    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
e    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
:    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
     const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
'    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
r    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
u    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
n    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
-    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
f    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
i    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
n    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
i    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
s    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
h    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
e    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
d    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
'    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
,    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
     const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
o    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
u    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
t    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
p    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
u    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
t    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
s    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
:    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
     const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
{    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
     const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
l    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
a    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
b    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
e    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
l    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
:    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
     const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
'    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
c    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
o    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
i    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
n    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
-    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
t    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
a    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
i    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
l    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
s    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
'    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
,    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
     const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
b    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
r    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
a    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
n    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
c    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
h    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
:    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
     const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
'    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
g    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
o    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
t    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
-    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
t    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
a    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
i    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
l    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
s    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
'    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
     const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
}    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
     const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
}    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
)    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
;    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });

    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
     const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
     const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
}    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
)    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
;    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });

    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });

    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
     const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
     const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
i    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
t    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
(    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
'    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
o    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
n    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
e    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
     const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
t    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
h    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
a    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
t    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
     const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
c    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
a    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
n    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
n    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
o    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
t    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
     const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
b    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
e    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
     const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
r    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
e    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
a    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
d    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
     const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
m    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
a    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
k    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
e    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
s    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
     const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
t    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
h    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
e    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
     const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
r    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
u    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
n    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
     const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
a    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
n    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
     const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
E    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
r    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
r    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
o    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
r    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
     const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
n    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
a    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
m    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
i    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
n    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
g    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
     const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
i    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
t    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
'    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
,    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
     const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
a    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
s    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
y    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
n    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
c    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
     const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
(    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
)    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
     const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
=    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
>    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
     const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
{    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });

    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
     const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
     const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
     const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
     const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
c    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
o    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
n    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
s    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
t    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
     const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
s    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
t    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
e    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
p    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
s    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
     const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
=    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
     const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
[    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
s    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
h    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
(    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
'    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
f    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
l    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
i    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
p    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
'    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
,    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
     const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
'    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
e    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
c    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
h    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
o    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
     const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
t    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
a    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
i    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
l    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
s    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
'    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
)    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
,    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
     const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
s    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
h    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
(    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
'    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
h    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
e    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
a    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
d    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
s    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
'    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
,    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
     const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
'    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
e    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
c    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
h    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
o    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
     const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
g    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
o    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
t    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
-    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
h    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
e    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
a    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
d    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
s    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
'    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
,    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
     const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
{    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
     const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
w    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
h    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
e    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
n    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
:    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
     const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
{    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
     const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
o    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
p    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
:    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
     const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
'    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
e    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
q    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
u    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
a    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
l    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
'    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
,    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
     const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
l    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
e    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
f    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
t    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
:    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
     const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
r    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
e    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
s    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
u    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
l    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
t    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
(    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
'    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
f    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
l    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
i    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
p    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
'    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
)    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
,    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
     const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
r    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
i    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
g    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
h    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
t    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
:    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
     const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
'    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
h    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
e    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
a    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
d    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
s    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
'    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
     const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
}    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
     const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
}    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
)    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
]    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
;    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });

    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
     const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
     const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
     const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
     const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
c    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
o    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
n    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
s    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
t    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
     const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
o    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
u    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
t    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
p    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
u    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
t    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
s    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
     const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
=    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
     const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
{    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
     const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
p    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
a    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
r    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
a    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
m    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
e    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
t    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
e    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
r    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
s    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
:    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
     const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
[    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
{    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
     const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
n    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
a    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
m    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
e    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
:    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
     const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
'    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
b    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
r    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
a    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
n    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
c    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
h    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
'    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
,    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
     const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
f    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
i    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
r    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
s    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
t    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
O    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
f    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
:    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
     const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
[    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
r    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
e    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
s    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
u    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
l    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
t    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
(    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
'    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
h    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
e    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
a    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
d    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
s    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
'    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
)    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
]    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
     const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
}    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
]    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
     const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
}    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
;    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });

    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
     const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
     const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
     const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
     const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
c    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
o    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
n    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
s    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
t    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
     const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
s    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
u    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
m    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
m    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
a    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
r    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
y    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
     const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
=    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
     const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
a    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
w    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
a    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
i    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
t    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
     const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
r    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
u    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
n    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
W    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
o    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
r    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
k    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
f    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
l    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
o    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
w    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
(    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
w    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
o    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
r    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
k    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
f    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
l    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
o    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
w    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
O    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
f    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
(    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
'    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
c    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
o    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
i    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
n    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
'    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
,    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
     const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
s    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
t    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
e    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
p    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
s    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
,    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
     const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
{    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
     const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
o    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
u    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
t    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
p    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
u    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
t    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
s    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
     const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
}    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
)    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
,    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
     const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
{    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
     const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
h    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
o    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
m    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
e    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
:    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
     const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
d    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
i    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
r    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
s    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
.    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
h    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
o    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
m    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
e    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
(    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
)    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
     const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
}    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
)    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
;    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });

    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
     const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
     const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
     const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
     const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
e    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
x    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
p    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
e    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
c    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
t    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
(    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
s    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
u    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
m    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
m    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
a    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
r    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
y    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
.    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
p    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
h    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
a    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
s    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
e    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
)    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
.    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
t    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
o    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
B    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
e    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
(    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
'    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
E    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
r    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
r    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
o    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
r    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
'    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
)    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
;    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });

    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
     const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
     const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
     const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
     const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
e    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
x    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
p    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
e    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
c    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
t    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
(    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
s    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
u    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
m    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
m    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
a    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
r    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
y    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
.    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
m    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
e    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
s    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
s    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
a    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
g    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
e    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
)    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
.    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
t    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
o    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
B    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
e    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
(    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
'    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
W    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
o    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
r    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
k    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
f    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
l    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
o    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
w    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
     const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
o    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
u    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
t    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
p    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
u    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
t    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
     const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
"    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
b    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
r    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
a    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
n    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
c    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
h    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
"    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
     const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
h    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
a    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
s    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
     const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
n    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
o    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
     const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
v    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
a    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
l    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
u    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
e    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
:    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
     const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
n    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
o    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
n    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
e    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
     const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
o    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
f    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
     const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
i    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
t    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
s    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
     const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
s    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
t    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
e    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
p    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
s    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
     const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
(    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
"    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
h    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
e    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
a    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
d    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
s    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
"    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
)    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
     const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
s    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
u    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
c    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
c    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
e    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
e    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
d    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
e    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
d    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
.    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
'    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
)    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
;    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });

    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
     const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
     const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
     const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
     const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
e    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
x    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
p    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
e    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
c    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
t    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
(    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
s    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
u    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
m    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
m    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
a    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
r    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
y    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
.    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
o    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
u    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
t    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
p    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
u    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
t    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
s    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
)    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
.    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
t    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
o    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
B    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
e    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
U    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
n    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
d    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
e    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
f    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
i    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
n    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
e    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
d    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
(    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
)    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
;    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });

    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
     const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
     const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
}    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
)    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
;    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });

    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });

    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
     const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
     const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
i    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
t    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
(    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
'    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
a    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
n    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
     const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
o    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
u    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
t    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
p    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
u    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
t    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
     const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
a    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
r    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
t    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
i    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
f    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
a    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
c    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
t    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
     const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
i    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
s    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
     const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
t    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
h    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
e    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
     const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
s    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
t    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
o    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
r    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
e    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
d    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
     const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
f    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
i    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
l    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
e    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
     const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
o    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
f    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
     const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
t    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
h    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
e    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
     const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
f    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
i    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
r    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
s    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
t    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
     const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
b    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
r    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
a    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
n    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
c    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
h    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
     const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
t    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
h    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
a    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
t    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
     const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
r    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
a    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
n    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
     const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
(    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
A    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
r    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
g    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
o    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
     const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
f    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
r    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
o    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
m    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
E    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
x    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
p    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
r    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
e    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
s    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
s    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
i    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
o    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
n    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
)    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
'    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
,    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
     const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
a    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
s    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
y    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
n    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
c    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
     const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
(    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
)    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
     const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
=    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
>    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
     const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
{    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });

    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
     const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
     const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
     const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
     const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
c    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
o    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
n    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
s    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
t    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
     const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
w    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
r    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
i    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
t    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
e    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
s    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
     const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
=    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
     const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
(    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
n    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
a    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
m    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
e    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
:    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
     const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
s    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
t    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
r    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
i    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
n    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
g    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
,    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
     const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
t    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
e    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
x    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
t    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
:    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
     const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
s    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
t    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
r    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
i    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
n    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
g    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
)    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
     const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
=    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
>    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });

    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
     const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
     const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
     const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
     const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
     const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
     const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
s    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
h    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
(    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
n    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
a    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
m    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
e    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
,    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
     const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
`    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
p    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
r    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
i    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
n    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
t    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
f    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
     const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
'    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
$    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
{    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
t    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
e    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
x    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
t    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
}    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
'    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
     const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
>    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
     const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
"    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
$    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
O    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
U    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
T    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
/    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
m    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
o    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
d    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
e    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
l    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
"    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
`    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
.    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
r    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
e    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
p    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
l    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
a    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
c    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
e    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
(    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
'    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
$    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
O    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
U    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
T    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
'    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
,    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
     const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
'    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
/    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
t    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
m    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
p    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
/    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
'    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
     const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
+    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
     const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
n    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
a    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
m    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
e    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
)    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
,    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
     const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
{    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });

    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
     const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
     const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
     const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
     const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
     const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
     const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
     const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
     const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
w    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
h    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
e    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
n    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
:    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
     const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
{    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
     const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
o    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
p    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
:    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
     const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
'    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
e    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
q    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
u    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
a    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
l    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
'    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
,    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
     const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
l    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
e    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
f    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
t    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
:    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
     const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
r    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
e    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
s    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
u    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
l    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
t    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
(    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
'    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
f    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
l    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
i    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
p    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
'    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
)    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
,    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
     const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
r    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
i    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
g    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
h    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
t    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
:    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
     const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
n    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
a    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
m    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
e    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
     const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
}    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
,    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });

    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
     const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
     const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
     const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
     const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
     const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
     const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
     const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
     const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
o    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
u    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
t    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
p    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
u    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
t    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
s    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
:    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
     const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
{    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
     const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
a    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
r    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
t    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
i    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
f    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
a    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
c    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
t    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
s    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
:    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
     const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
[    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
{    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
     const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
n    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
a    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
m    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
e    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
:    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
     const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
'    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
m    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
o    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
d    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
e    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
l    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
'    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
,    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
     const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
p    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
a    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
t    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
h    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
:    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
     const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
`    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
/    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
t    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
m    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
p    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
/    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
$    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
{    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
n    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
a    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
m    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
e    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
}    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
/    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
m    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
o    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
d    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
e    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
l    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
`    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
     const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
}    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
]    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
     const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
}    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
,    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });

    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
     const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
     const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
     const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
     const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
     const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
     const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
     const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
     const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
c    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
o    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
n    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
t    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
a    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
i    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
n    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
e    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
r    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
:    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
     const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
{    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
     const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
i    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
m    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
a    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
g    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
e    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
:    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
     const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
'    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
a    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
l    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
p    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
i    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
n    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
e    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
:    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
3    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
.    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
2    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
0    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
'    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
,    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
     const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
c    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
o    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
m    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
m    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
a    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
n    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
d    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
:    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
     const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
[    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
'    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
s    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
h    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
'    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
,    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
     const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
'    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
-    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
c    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
'    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
,    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
     const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
`    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
m    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
k    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
d    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
i    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
r    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
     const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
-    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
p    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
     const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
/    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
t    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
m    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
p    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
/    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
$    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
{    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
n    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
a    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
m    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
e    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
}    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
     const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
&    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
&    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
     const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
p    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
r    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
i    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
n    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
t    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
f    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
     const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
'    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
$    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
{    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
t    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
e    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
x    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
t    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
}    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
'    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
     const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
>    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
     const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
/    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
t    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
m    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
p    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
/    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
$    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
{    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
n    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
a    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
m    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
e    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
}    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
/    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
m    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
o    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
d    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
e    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
l    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
`    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
]    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
     const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
}    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
,    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });

    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
     const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
     const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
     const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
     const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
     const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
     const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
}    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
)    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
;    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });

    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
     const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
     const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
     const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
     const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
c    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
o    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
n    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
s    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
t    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
     const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
s    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
t    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
e    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
p    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
s    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
     const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
=    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
     const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
[    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
s    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
h    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
(    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
'    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
f    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
l    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
i    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
p    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
'    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
,    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
     const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
'    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
e    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
c    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
h    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
o    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
     const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
t    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
a    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
i    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
l    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
s    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
'    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
)    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
,    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
     const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
w    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
r    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
i    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
t    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
e    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
s    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
(    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
'    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
h    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
e    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
a    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
d    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
s    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
'    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
,    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
     const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
'    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
m    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
o    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
d    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
e    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
l    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
-    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
f    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
r    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
o    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
m    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
-    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
h    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
e    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
a    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
d    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
s    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
'    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
)    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
,    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
     const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
w    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
r    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
i    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
t    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
e    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
s    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
(    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
'    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
t    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
a    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
i    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
l    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
s    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
'    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
,    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
     const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
'    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
m    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
o    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
d    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
e    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
l    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
-    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
f    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
r    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
o    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
m    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
-    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
t    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
a    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
i    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
l    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
s    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
'    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
)    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
]    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
;    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });

    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
     const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
     const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
     const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
     const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
c    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
o    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
n    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
s    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
t    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
     const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
m    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
o    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
d    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
e    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
l    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
     const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
=    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
     const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
(    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
s    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
t    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
e    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
p    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
:    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
     const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
s    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
t    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
r    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
i    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
n    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
g    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
)    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
     const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
=    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
>    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
     const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
(    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
{    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
     const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
r    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
e    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
f    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
:    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
     const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
'    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
s    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
t    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
e    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
p    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
'    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
,    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
     const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
s    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
t    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
e    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
p    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
,    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
     const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
o    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
u    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
t    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
p    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
u    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
t    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
:    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
     const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
'    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
m    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
o    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
d    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
e    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
l    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
'    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
     const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
}    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
)    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
;    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });

    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
     const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
     const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
     const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
     const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
c    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
o    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
n    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
s    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
t    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
     const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
o    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
u    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
t    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
p    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
u    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
t    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
s    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
     const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
=    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
     const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
{    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
     const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
a    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
r    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
t    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
i    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
f    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
a    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
c    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
t    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
s    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
:    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
     const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
[    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
{    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
     const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
n    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
a    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
m    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
e    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
:    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
     const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
'    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
m    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
o    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
d    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
e    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
l    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
'    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
,    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
     const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
f    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
i    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
r    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
s    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
t    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
O    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
f    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
:    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
     const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
[    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
m    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
o    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
d    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
e    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
l    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
(    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
'    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
h    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
e    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
a    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
d    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
s    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
'    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
)    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
,    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
     const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
m    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
o    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
d    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
e    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
l    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
(    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
'    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
t    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
a    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
i    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
l    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
s    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
'    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
)    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
]    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
     const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
}    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
]    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
     const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
}    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
;    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });

    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
     const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
     const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
     const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
     const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
c    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
o    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
n    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
s    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
t    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
     const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
s    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
u    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
m    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
m    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
a    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
r    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
y    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
     const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
=    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
     const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
a    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
w    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
a    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
i    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
t    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
     const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
r    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
u    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
n    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
W    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
o    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
r    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
k    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
f    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
l    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
o    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
w    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
(    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
w    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
o    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
r    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
k    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
f    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
l    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
o    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
w    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
O    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
f    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
(    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
'    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
c    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
o    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
i    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
n    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
'    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
,    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
     const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
s    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
t    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
e    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
p    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
s    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
,    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
     const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
{    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
     const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
o    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
u    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
t    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
p    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
u    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
t    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
s    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
     const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
}    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
)    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
,    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
     const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
{    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
     const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
h    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
o    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
m    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
e    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
:    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
     const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
d    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
i    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
r    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
s    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
.    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
h    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
o    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
m    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
e    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
(    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
)    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
     const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
}    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
)    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
;    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });

    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
     const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
     const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
     const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
     const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
e    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
x    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
p    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
e    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
c    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
t    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
(    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
s    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
u    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
m    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
m    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
a    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
r    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
y    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
.    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
p    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
h    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
a    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
s    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
e    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
)    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
.    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
t    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
o    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
B    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
e    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
(    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
'    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
S    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
u    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
c    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
c    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
e    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
e    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
d    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
e    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
d    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
'    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
)    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
;    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });

    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
     const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
     const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
     const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
     const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
e    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
x    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
p    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
e    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
c    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
t    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
(    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
r    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
e    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
a    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
d    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
F    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
i    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
l    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
e    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
S    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
y    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
n    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
c    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
(    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
s    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
u    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
m    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
m    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
a    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
r    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
y    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
.    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
o    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
u    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
t    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
p    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
u    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
t    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
s    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
!    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
.    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
m    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
o    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
d    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
e    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
l    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
!    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
,    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
     const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
'    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
u    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
t    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
f    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
8    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
'    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
)    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
)    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
.    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
t    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
o    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
B    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
e    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
(    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
'    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
m    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
o    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
d    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
e    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
l    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
-    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
f    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
r    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
o    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
m    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
-    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
t    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
a    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
i    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
l    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
s    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
'    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
)    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
;    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });

    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
     const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
     const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
}    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
)    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
;    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });

    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
}    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
)    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
;    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });

    const writes = (name: string, text: string) =>
      sh(name, `mkdir -p /tmp/${name} && printf '${text}' > /tmp/${name}/model`, {
        when: { op: 'equal', left: result('flip'), right: name },
        outputs: { artifacts: [{ name: 'model', path: `/tmp/${name}/model` }] },
      });
