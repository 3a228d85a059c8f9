void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
/void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
*void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
Svoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
Pvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
Dvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
Xvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
-void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
Lvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
ivoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
cvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
nvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
svoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
-void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
Ivoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
dvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
nvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
tvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
ivoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
fvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
ivoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
rvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
:void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
Mvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
Ivoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
Tvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
*void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
/void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);

void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
#void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
ivoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
nvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
cvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
lvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
uvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
dvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
"void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
rvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
avoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
cvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
tvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
ovoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
rvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
.void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
hvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
"void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);

void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);

void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
#void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
ivoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
nvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
cvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
lvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
uvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
dvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
<void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
rvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
rvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
nvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
ovoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
.void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
hvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
>void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);

void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
#void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
ivoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
nvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
cvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
lvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
uvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
dvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
<void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
svoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
tvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
rvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
ivoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
nvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
gvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
.void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
hvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
>void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);

void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
#void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
ivoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
nvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
cvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
lvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
uvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
dvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
<void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
svoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
yvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
svoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
/void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
vvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
nvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
tvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
fvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
dvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
.void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
hvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
>void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);

void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
#void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
ivoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
nvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
cvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
lvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
uvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
dvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
<void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
tvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
ivoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
mvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
.void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
hvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
>void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);

void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
#void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
ivoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
nvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
cvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
lvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
uvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
dvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
<void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
uvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
nvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
ivoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
svoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
tvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
dvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
.void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
hvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
>void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);

void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);

void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
#void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
ivoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
nvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
cvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
lvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
uvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
dvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
"void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
lvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
ovoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
gvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
.void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
hvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
"void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);

void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);

void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
svoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
tvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
avoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
tvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
ivoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
cvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
vvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
ovoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
ivoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
dvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
rvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
avoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
cvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
tvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
ovoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
rvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
_void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
svoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
uvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
bvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
mvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
ivoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
tvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
(void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
svoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
tvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
rvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
uvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
cvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
tvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
rvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
avoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
cvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
tvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
ovoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
rvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
*void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
rvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
)void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);

void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
{void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);

void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
	void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
ivoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
nvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
tvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
rvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
tvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
;void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);

void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);

void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
	void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
ivoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
fvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
(void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
!void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
rvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
-void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
>void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
svoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
qvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
_void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
uvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
nvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
svoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
uvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
bvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
mvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
ivoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
tvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
tvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
dvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
)void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);

void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
	void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
	void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
rvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
tvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
uvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
rvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
nvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
;void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);

void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
	void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
rvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
tvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
=void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
ivoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
ovoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
_void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
uvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
rvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
ivoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
nvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
gvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
_void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
svoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
uvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
bvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
mvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
ivoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
tvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
(void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
&void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
rvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
-void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
>void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
rvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
ivoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
nvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
gvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
)void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
;void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);

void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
	void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
ivoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
fvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
(void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
rvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
tvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
<void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
0void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
)void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
{void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);

void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
	void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
	void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
/void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
*void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
Tvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
hvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
Svoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
Qvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
Evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
svoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
svoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
tvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
avoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
yvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
qvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
uvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
uvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
dvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
;void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
tvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
hvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
nvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
xvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
tvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
kvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
ivoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
cvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
kvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
tvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
rvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
ivoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
svoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
avoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
gvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
avoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
ivoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
nvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
.void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
*void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
/void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);

void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
	void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
	void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
lvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
ovoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
gvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
_void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
wvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
avoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
rvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
nvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
(void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
"void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
ivoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
ovoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
_void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
uvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
rvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
ivoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
nvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
gvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
_void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
svoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
uvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
bvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
mvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
ivoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
tvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
fvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
avoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
ivoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
lvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
dvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
rvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
rvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
=void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
%void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
svoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
"void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
,void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
svoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
tvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
rvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
rvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
rvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
ovoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
rvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
(void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
-void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
rvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
tvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
)void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
)void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
;void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);

void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
	void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
	void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
rvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
tvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
uvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
rvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
nvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
;void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);

void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
	void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
}void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);

void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
	void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
rvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
-void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
>void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
svoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
qvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
_void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
uvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
nvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
svoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
uvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
bvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
mvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
ivoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
tvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
tvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
dvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
-void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
=void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
(void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
uvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
nvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
svoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
ivoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
gvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
nvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
dvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
)void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
rvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
tvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
<void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
rvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
-void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
>void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
svoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
qvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
_void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
uvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
nvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
svoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
uvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
bvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
mvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
ivoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
tvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
tvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
dvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
?void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);

void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
	void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
	void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
	void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
(void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
uvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
nvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
svoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
ivoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
gvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
nvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
dvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
)void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
rvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
tvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
:void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
rvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
-void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
>void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
svoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
qvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
_void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
uvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
nvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
svoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
uvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
bvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
mvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
ivoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
tvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
tvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
dvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
;void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);

void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
}void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);

void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);

void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
svoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
tvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
avoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
tvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
ivoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
cvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
vvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
ovoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
ivoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
dvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
rvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
avoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
cvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
tvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
ovoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
rvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
_void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
rvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
avoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
pvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
(void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
svoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
tvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
rvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
uvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
cvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
tvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
rvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
avoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
cvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
tvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
ovoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
rvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
*void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
rvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
)void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);

void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
{void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);

void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
	void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
svoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
tvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
rvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
uvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
cvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
tvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
ivoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
ovoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
_void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
uvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
rvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
ivoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
nvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
gvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
_void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
cvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
qvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
*void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
cvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
qvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
;void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);

void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);

void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
	void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
wvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
hvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
ivoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
lvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
(void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
ivoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
ovoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
_void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
uvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
rvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
ivoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
nvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
gvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
_void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
pvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
kvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
_void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
cvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
qvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
(void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
&void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
rvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
-void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
>void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
rvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
ivoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
nvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
gvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
,void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
&void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
cvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
qvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
)void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
=void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
=void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
0void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
)void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
{void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);

void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
	void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
	void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
svoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
tvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
rvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
uvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
cvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
tvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
rvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
avoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
cvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
tvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
ovoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
rvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
_void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
ivoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
ovoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
*void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
ivoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
ovoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
=void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
ivoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
ovoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
_void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
uvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
rvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
ivoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
nvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
gvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
_void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
cvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
qvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
_void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
gvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
tvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
_void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
dvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
avoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
tvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
avoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
(void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
cvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
qvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
)void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
;void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);

void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);

void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
	void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
	void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
rvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
-void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
>void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
ivoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
ovoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
svoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
_void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
ivoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
nvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
_void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
fvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
lvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
ivoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
gvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
hvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
tvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
-void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
-void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
;void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);

void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
	void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
	void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
ivoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
ovoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
-void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
>void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
dvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
ovoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
nvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
(void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
ivoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
ovoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
,void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
cvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
qvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
)void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
;void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);

void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
	void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
	void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
ivoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
ovoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
_void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
uvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
rvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
ivoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
nvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
gvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
_void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
cvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
qvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
_void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
svoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
nvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
(void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
&void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
rvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
-void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
>void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
rvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
ivoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
nvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
gvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
,void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
cvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
qvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
)void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
;void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);

void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
	void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
}void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);

void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
}void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);

void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);

void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
svoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
tvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
avoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
tvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
ivoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
cvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
vvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
ovoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
ivoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
dvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
rvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
avoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
cvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
tvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
ovoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
rvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
_void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
rvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
uvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
nvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
_void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
dvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
fvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
rvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
rvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
dvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
(void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
svoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
tvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
rvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
uvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
cvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
tvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
rvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
avoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
cvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
tvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
ovoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
rvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
*void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
rvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
)void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);

void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
{void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);

void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
	void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
/void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
*void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
Ovoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
nvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
lvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
yvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
wvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
hvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
avoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
tvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
wvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
avoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
svoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
qvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
uvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
uvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
dvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
bvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
fvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
ovoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
rvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
wvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
svoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
tvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
avoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
rvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
tvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
dvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
:void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
nvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
wvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
wvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
ovoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
rvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
kvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
wvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
avoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
ivoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
tvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
svoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
avoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
tvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
uvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
rvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
nvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);

void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
	void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
*void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
(void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
avoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
Nvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
Uvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
Lvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
Lvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
-void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
tvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
rvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
mvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
ivoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
nvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
avoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
tvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
dvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
lvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
ivoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
svoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
tvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
mvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
ovoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
vvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
svoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
avoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
svoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
ivoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
tvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
ivoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
svoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
:void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
lvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
ivoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
svoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
tvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
.void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
hvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
)void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
.void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
*void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
/void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);

void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
	void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
svoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
tvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
rvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
uvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
cvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
tvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
lvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
ivoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
svoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
tvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
bvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
avoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
tvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
cvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
hvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
=void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
rvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
-void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
>void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
dvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
fvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
rvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
rvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
dvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
;void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);

void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
	void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
svoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
tvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
rvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
uvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
cvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
tvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
lvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
ivoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
svoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
tvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
_void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
nvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
ovoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
dvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
*void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
nvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
;void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);

void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);

void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
	void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
rvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
-void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
>void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
dvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
fvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
rvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
rvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
dvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
=void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
(void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
svoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
tvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
rvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
uvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
cvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
tvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
lvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
ivoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
svoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
tvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
)void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
{void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
0void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
}void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
;void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);

void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
	void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
wvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
hvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
ivoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
lvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
(void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
(void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
nvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
=void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
bvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
avoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
tvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
cvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
hvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
.void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
fvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
ivoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
rvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
svoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
tvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
)void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
)void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
{void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);

void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
	void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
	void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
svoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
tvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
rvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
uvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
cvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
tvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
rvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
avoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
cvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
tvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
ovoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
rvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
_void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
dvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
fvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
rvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
rvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
dvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
*void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
dvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
=void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);

void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
	void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
	void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
	void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
lvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
ivoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
svoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
tvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
_void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
nvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
tvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
rvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
yvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
(void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
nvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
,void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
svoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
tvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
rvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
uvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
cvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
tvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
rvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
avoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
cvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
tvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
ovoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
rvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
_void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
dvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
fvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
rvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
rvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
dvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
,void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
nvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
ovoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
dvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
)void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
;void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);

void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);

void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
	void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
	void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
lvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
ivoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
svoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
tvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
_void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
dvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
lvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
(void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
&void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
bvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
avoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
tvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
cvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
hvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
,void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
nvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
)void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
;void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);

void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
	void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
	void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
dvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
-void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
>void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
qvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
uvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
uvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
dvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
=void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
fvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
avoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
lvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
svoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
;void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);

void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
	void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
	void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
dvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
-void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
>void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
fvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
nvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
(void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
dvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
)void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
;void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);

void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
	void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
}void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);

void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
}void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);

void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);

void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
svoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
tvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
avoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
tvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
ivoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
cvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
vvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
ovoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
ivoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
dvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
ovoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
nvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
_void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
rvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
ivoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
nvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
gvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
_void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
rvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
avoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
dvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
yvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
(void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
vvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
uvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
tvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
ivoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
lvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
_void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
svoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
ovoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
cvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
kvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
tvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
_void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
tvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
fvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
dvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
,void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
svoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
hvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
ovoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
rvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
tvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
wvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
hvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
avoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
tvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
,void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
vvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
ovoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
ivoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
dvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
*void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
avoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
rvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
gvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
)void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);

void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
{void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);

void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
	void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
svoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
tvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
rvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
uvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
cvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
tvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
rvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
avoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
cvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
tvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
ovoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
rvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
*void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
rvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
=void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
avoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
rvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
gvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
;void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);

void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
	void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
vvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
nvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
tvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
fvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
dvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
_void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
tvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
vvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
;void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);

void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);

void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
	void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
(void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
vvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
ovoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
ivoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
dvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
)void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
vvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
nvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
tvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
fvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
dvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
_void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
rvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
avoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
dvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
(void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
fvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
dvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
,void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
&void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
vvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
)void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
;void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);

void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
	void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
rvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
avoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
cvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
tvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
ovoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
rvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
_void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
rvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
avoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
pvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
(void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
rvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
)void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
;void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);

void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
	void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
rvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
avoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
cvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
tvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
ovoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
rvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
_void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
svoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
uvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
bvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
mvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
ivoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
tvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
(void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
rvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
)void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
;void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);

void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
}void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);

void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);

void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
/void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
*void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
Tvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
avoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
kvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
svoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
vvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
rvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
yvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
qvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
uvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
uvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
dvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
mvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
svoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
svoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
avoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
gvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
avoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
tvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
ovoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
nvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
cvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
,void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
ovoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
lvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
dvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
svoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
tvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
fvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
ivoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
rvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
svoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
tvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
.void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
*void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
/void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);

void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
svoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
tvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
avoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
tvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
ivoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
cvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
svoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
tvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
rvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
uvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
cvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
tvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
rvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
avoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
cvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
tvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
ovoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
rvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
_void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
mvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
svoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
gvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
*void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
rvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
avoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
cvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
tvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
ovoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
rvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
_void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
tvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
avoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
kvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
_void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
mvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
svoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
gvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
svoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
(void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
svoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
tvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
rvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
uvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
cvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
tvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
rvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
avoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
cvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
tvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
ovoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
rvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
*void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
rvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
)void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);

void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
{void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);

void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
	void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
/void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
*void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
avoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
cvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
qvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
uvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
ivoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
rvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
:void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
pvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
avoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
ivoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
rvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
svoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
wvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
ivoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
tvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
hvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
rvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
avoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
cvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
tvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
ovoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
rvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
_void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
svoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
nvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
dvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
(void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
)void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
'void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
svoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
rvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
lvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
avoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
svoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
,void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
svoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
ovoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
wvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
hvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
avoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
tvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
tvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
hvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
svoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
nvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
dvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
rvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);

void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
	void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
*void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
wvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
rvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
ovoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
tvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
ivoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
nvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
tvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
ovoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
avoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
mvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
svoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
svoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
avoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
gvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
ivoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
svoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
svoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
nvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
bvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
yvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
ivoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
tvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
svoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
fvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
nvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
*void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
/void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);

void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
	void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
svoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
tvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
rvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
uvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
cvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
tvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
rvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
avoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
cvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
tvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
ovoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
rvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
_void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
mvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
svoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
gvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
*void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
mvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
=void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
avoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
tvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
ovoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
mvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
ivoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
cvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
_void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
xvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
cvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
hvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
avoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
nvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
gvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
_void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
xvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
pvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
lvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
ivoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
cvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
ivoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
tvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
(void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
&void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
rvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
-void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
>void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
mvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
svoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
gvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
svoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
,void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
Nvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
Uvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
Lvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
Lvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
,void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);

void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
	void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
	void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
	void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
	void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
	void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
	void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
	void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
mvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
mvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
ovoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
rvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
yvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
_void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
ovoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
rvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
dvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
rvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
_void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
avoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
cvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
qvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
uvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
ivoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
rvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
)void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
;void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);

void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
	void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
svoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
tvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
rvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
uvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
cvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
tvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
rvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
avoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
cvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
tvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
ovoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
rvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
_void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
mvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
svoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
gvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
*void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
fvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
ivoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
fvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
ovoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
=void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
Nvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
Uvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
Lvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
Lvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
;void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);

void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);

void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
	void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
wvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
hvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
ivoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
lvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
(void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
mvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
)void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
{void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);

void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
	void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
	void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
svoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
tvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
rvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
uvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
cvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
tvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
rvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
avoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
cvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
tvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
ovoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
rvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
_void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
mvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
svoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
gvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
*void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
nvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
xvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
tvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
=void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
mvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
-void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
>void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
nvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
xvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
tvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
;void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);

void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);

void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
	void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
	void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
mvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
-void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
>void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
nvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
xvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
tvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
=void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
fvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
ivoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
fvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
ovoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
;void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);

void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
	void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
	void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
fvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
ivoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
fvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
ovoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
=void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
mvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
;void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);

void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
	void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
	void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
mvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
=void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
nvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
xvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
tvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
;void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);

void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
	void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
}void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);

void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
	void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
rvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
tvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
uvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
rvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
nvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
fvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
ivoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
fvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
ovoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
;void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);

void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
}void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);

void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);

void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
svoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
tvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
avoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
tvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
ivoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
cvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
vvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
ovoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
ivoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
dvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
rvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
avoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
cvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
tvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
ovoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
rvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
_void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
rvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
uvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
nvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
_void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
mvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
svoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
gvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
svoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
(void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
svoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
tvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
rvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
uvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
cvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
tvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
rvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
avoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
cvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
tvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
ovoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
rvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
_void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
mvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
svoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
gvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
*void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
mvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
)void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);

void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
{void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);

void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
	void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
wvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
hvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
ivoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
lvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
(void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
mvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
)void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
{void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);

void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
	void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
	void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
/void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
*void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
fvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
nvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
mvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
avoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
yvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
fvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
rvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
mvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
ovoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
rvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
svoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
nvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
dvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
ivoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
tvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
avoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
gvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
avoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
ivoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
nvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
*void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
/void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);

void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
	void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
	void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
svoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
tvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
rvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
uvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
cvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
tvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
rvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
avoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
cvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
tvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
ovoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
rvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
_void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
mvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
svoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
gvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
*void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
nvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
xvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
tvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
=void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
mvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
-void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
>void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
nvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
xvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
tvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
;void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);

void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);

void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
	void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
	void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
mvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
-void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
>void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
fvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
nvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
(void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
mvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
)void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
;void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);

void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
	void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
	void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
mvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
=void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
nvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
xvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
tvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
;void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);

void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
	void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
}void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);

void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
}void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);

void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);

void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
/void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
*void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);

void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
*void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
Rvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
uvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
nvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
svoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
tvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
hvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
bvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
avoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
tvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
cvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
hvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
tvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
hvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
avoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
tvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
ivoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
svoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
tvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
hvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
rvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
nvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
ovoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
wvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
ovoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
nvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
lvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
yvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
:void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
mvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
svoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
svoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
avoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
gvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
svoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
svoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
nvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
tvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
mvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
avoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
nvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
wvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
hvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
ivoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
lvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
(void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
bvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
yvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
tvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
hvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
svoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);

void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
*void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
ovoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
nvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
svoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
tvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
ovoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
ovoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
)void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
wvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
avoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
kvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
tvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
hvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
lvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
ovoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
ovoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
pvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
avoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
gvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
avoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
ivoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
nvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
,void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
avoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
fvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
tvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
rvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
tvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
hvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
svoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
ovoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
cvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
kvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
tvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
svoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
hvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
avoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
dvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
tvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
hvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
ivoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
rvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
tvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
uvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
rvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
nvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
.void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);

void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
*void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
/void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);

void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
svoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
tvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
avoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
tvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
ivoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
cvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
vvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
ovoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
ivoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
dvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
ovoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
nvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
_void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
mvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
svoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
gvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
_void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
rvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
avoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
dvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
yvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
(void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
vvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
uvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
tvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
ivoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
lvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
_void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
svoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
ovoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
cvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
kvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
tvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
_void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
tvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
fvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
dvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
,void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
svoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
hvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
ovoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
rvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
tvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
wvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
hvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
avoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
tvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
,void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
vvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
ovoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
ivoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
dvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
*void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
avoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
rvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
gvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
)void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);

void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
{void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);

void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
	void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
svoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
tvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
rvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
uvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
cvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
tvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
rvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
avoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
cvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
tvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
ovoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
rvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
*void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
rvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
=void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
avoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
rvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
gvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
;void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);

void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
	void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
vvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
nvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
tvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
fvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
dvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
_void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
tvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
vvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
;void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);

void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);

void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
	void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
/void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
*void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
Cvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
lvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
avoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
rvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
tvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
hvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
vvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
nvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
tvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
fvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
dvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
bvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
fvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
ovoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
rvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
tvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
avoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
kvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
ivoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
nvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
gvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
tvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
hvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
lvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
ivoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
svoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
tvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
:void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
avoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
svoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
nvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
dvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
rvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
tvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
hvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
avoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
tvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
fvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
ivoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
nvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
dvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
svoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
tvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
hvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);

void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
	void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
*void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
lvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
ivoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
svoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
tvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
mvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
pvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
tvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
yvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
avoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
fvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
tvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
rvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
tvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
hvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
tvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
avoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
kvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
wvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
rvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
ivoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
tvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
svoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
ivoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
tvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
avoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
gvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
avoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
ivoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
nvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
.void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
Tvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
hvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
ovoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
tvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
hvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
rvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
ovoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
rvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
dvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
rvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
cvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
ovoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
uvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
lvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
dvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);

void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
	void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
*void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
cvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
lvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
avoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
rvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
tvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
hvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
avoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
tvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
wvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
rvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
ivoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
tvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
avoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
nvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
dvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
svoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
tvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
rvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
avoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
nvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
dvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
ivoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
tvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
svoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
mvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
svoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
svoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
avoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
gvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
.void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
*void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
/void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);

void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
	void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
(void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
vvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
ovoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
ivoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
dvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
)void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
vvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
nvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
tvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
fvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
dvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
_void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
rvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
avoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
dvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
(void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
fvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
dvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
,void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
&void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
vvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
)void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
;void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);

void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
	void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
rvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
avoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
cvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
tvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
ovoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
rvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
_void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
rvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
uvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
nvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
_void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
mvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
svoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
gvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
svoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
(void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
rvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
avoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
cvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
tvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
ovoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
rvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
_void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
tvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
avoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
kvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
_void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
mvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
svoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
gvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
svoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
(void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
rvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
)void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
)void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
;void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);

void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
}void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);

void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);

void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
/void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
*void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
Avoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
cvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
tvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
ivoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
vvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
avoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
tvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
dvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
wvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
hvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
nvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
vvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
rvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
dvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
fvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
rvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
rvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
dvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
wvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
ovoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
rvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
kvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
ovoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
rvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
uvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
nvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
svoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
uvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
bvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
mvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
ivoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
tvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
tvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
dvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
Svoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
Qvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
Evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
svoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
avoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
rvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
pvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
nvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
dvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
ivoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
nvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
gvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
.void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
*void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
/void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);

void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
svoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
tvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
avoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
tvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
ivoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
cvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
vvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
ovoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
ivoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
dvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
ovoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
nvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
_void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
kvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
ivoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
cvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
kvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
(void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
vvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
uvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
tvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
ivoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
lvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
_void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
svoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
ovoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
cvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
kvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
tvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
_void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
tvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
fvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
dvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
,void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
svoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
hvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
ovoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
rvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
tvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
wvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
hvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
avoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
tvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
,void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
vvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
ovoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
ivoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
dvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
*void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
avoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
rvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
gvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
)void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);

void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
{void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);

void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
	void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
svoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
tvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
rvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
uvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
cvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
tvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
rvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
avoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
cvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
tvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
ovoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
rvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
*void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
rvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
=void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
avoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
rvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
gvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
;void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);

void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);

void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
	void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
rvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
avoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
cvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
tvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
ovoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
rvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
_void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
rvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
uvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
nvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
_void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
dvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
fvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
rvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
rvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
dvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
(void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
rvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
)void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
;void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);

void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
	void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
rvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
avoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
cvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
tvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
ovoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
rvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
_void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
svoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
uvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
bvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
mvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
ivoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
tvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
(void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
rvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
)void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
;void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);

void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
	void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
ivoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
fvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
(void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
!void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
lvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
ivoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
svoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
tvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
_void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
mvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
pvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
tvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
yvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
(void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
&void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
rvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
-void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
>void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
dvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
fvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
rvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
rvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
dvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
)void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
|void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
|void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
rvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
-void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
>void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
svoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
qvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
_void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
uvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
nvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
svoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
uvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
bvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
mvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
ivoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
tvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
tvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
dvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
)void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);

void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
	void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
	void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
vvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
nvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
tvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
_void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
avoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
cvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
tvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
ivoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
vvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
(void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
rvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
-void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
>void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
kvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
ivoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
cvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
kvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
_void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
vvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
,void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
0void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
,void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
0void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
)void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
;void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);

void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
}void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);

void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);

void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
ivoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
nvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
tvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
rvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
avoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
cvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
tvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
ovoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
rvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
_void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
ivoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
nvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
ivoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
tvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
(void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
svoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
tvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
rvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
uvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
cvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
tvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
rvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
avoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
cvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
tvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
ovoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
rvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
*void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
rvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
,void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
uvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
nvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
svoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
ivoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
gvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
nvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
dvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
rvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
ivoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
nvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
gvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
_void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
nvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
tvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
rvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
ivoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
svoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
)void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);

void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
{void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);

void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
	void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
svoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
tvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
rvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
uvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
cvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
tvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
ivoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
ovoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
_void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
uvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
rvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
ivoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
nvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
gvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
_void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
pvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
avoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
rvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
avoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
mvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
svoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
pvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
=void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
{void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);

void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
	void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
	void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
/void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
*void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
nvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
ovoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
Cvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
Ovoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
Ovoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
Pvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
_void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
Tvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
Avoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
Svoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
Kvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
Rvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
Uvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
Nvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
:void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
cvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
ovoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
mvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
pvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
lvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
tvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
ivoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
ovoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
nvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
svoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
mvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
uvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
svoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
tvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
wvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
avoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
kvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
pvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
ovoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
lvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
lvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
_void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
wvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
avoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
ivoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
tvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
*void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
/void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);

void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
	void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
	void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
.void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
fvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
lvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
avoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
gvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
svoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
=void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
Ivoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
Ovoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
Rvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
Ivoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
Nvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
Gvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
_void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
Svoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
Evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
Tvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
Uvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
Pvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
_void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
Svoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
Qvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
Evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
1void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
2void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
8void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
|void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
Ivoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
Ovoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
Rvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
Ivoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
Nvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
Gvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
_void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
Svoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
Evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
Tvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
Uvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
Pvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
_void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
Cvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
Qvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
Evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
3void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
2void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
|void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);

void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
	void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
	void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
	void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
Ivoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
Ovoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
Rvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
Ivoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
Nvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
Gvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
_void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
Svoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
Evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
Tvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
Uvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
Pvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
_void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
Svoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
Uvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
Bvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
Mvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
Ivoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
Tvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
_void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
Avoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
Lvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
Lvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
|void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
Ivoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
Ovoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
Rvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
Ivoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
Nvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
Gvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
_void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
Svoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
Evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
Tvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
Uvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
Pvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
_void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
Cvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
Qvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
Svoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
Ivoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
Zvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
Evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
,void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);

void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
	void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
	void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
.void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
cvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
qvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
_void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
nvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
tvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
rvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
ivoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
svoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
=void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
rvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
ivoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
nvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
gvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
_void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
nvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
tvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
rvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
ivoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
svoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
*void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
4void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
,void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);

void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
	void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
}void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
;void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);

void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
	void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
svoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
tvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
rvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
uvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
cvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
tvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
vvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
nvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
tvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
_void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
cvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
ovoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
nvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
fvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
ivoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
gvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
*void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
cvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
fvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
gvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
;void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);

void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
	void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
ivoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
nvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
tvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
rvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
tvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
;void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);

void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);

void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
	void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
mvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
mvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
svoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
tvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
(void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
rvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
,void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
0void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
,void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
svoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
ivoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
zvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
ovoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
fvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
(void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
*void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
rvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
)void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
)void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
;void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);

void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
	void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
cvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
fvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
gvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
=void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
vvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
nvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
tvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
_void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
cvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
ovoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
nvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
fvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
ivoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
gvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
_void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
nvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
wvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
(void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
)void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
;void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);

void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
	void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
/void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
*void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
avoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
fvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
tvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
rvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
avoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
cvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
hvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
bvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
avoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
cvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
kvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
gvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
rvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
ovoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
uvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
nvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
dvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
cvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
avoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
lvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
lvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
bvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
avoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
cvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
kvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
,void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
pvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
ovoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
lvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
lvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
avoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
gvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
avoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
ivoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
nvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
:void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
wvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
hvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
avoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
tvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
bvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
cvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
avoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
mvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
rvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
avoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
dvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
yvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);

void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
	void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
*void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
mvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
avoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
nvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
wvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
hvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
ivoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
lvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
rvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
uvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
nvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
svoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
bvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
fvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
ovoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
rvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
tvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
hvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
nvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
xvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
tvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
ovoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
nvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
*void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
/void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);

void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
	void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
ivoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
fvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
(void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
cvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
fvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
gvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
)void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);

void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
	void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
	void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
vvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
nvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
tvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
_void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
cvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
ovoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
nvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
fvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
ivoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
gvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
_void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
svoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
tvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
_void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
mvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
avoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
xvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
_void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
dvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
ivoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
svoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
pvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
avoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
tvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
cvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
hvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
_void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
ivoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
nvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
tvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
rvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
vvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
avoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
lvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
(void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
cvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
fvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
gvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
,void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
Nvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
Uvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
Lvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
Lvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
,void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
1void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
,void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);

void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
	void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
	void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
	void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
	void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
	void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
	void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
Rvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
Evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
Avoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
Cvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
Tvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
Ovoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
Rvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
_void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
Pvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
Rvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
Ivoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
Ovoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
_void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
Bvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
Avoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
Cvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
Kvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
Gvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
Rvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
Ovoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
Uvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
Nvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
Dvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
)void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
;void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);

void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
	void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
rvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
-void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
>void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
bvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
avoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
svoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
=void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
cvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
fvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
gvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
?void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
vvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
nvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
tvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
_void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
bvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
avoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
svoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
_void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
nvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
wvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
_void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
wvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
ivoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
tvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
hvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
_void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
cvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
ovoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
nvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
fvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
ivoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
gvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
(void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
cvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
fvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
gvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
)void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
:void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
Nvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
Uvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
Lvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
Lvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
;void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);

void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
	void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
ivoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
fvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
(void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
cvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
fvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
gvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
)void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);

void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
	void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
	void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
vvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
nvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
tvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
_void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
cvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
ovoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
nvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
fvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
ivoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
gvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
_void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
fvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
rvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
(void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
cvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
fvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
gvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
)void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
;void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);

void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
	void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
ivoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
fvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
(void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
!void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
rvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
-void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
>void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
bvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
avoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
svoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
|void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
|void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
vvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
nvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
tvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
_void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
bvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
avoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
svoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
_void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
pvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
rvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
ivoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
ovoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
rvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
ivoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
tvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
yvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
_void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
ivoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
nvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
ivoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
tvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
(void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
rvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
-void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
>void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
bvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
avoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
svoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
,void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
Rvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
Evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
Avoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
Cvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
Tvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
Ovoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
Rvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
_void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
Pvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
Rvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
Ivoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
Ovoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
Svoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
)void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
)void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
{void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);

void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
	void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
	void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
lvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
ovoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
gvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
_void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
rvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
rvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
ovoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
rvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
(void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
"void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
vvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
nvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
tvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
_void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
bvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
avoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
svoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
_void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
nvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
wvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
fvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
avoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
ivoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
lvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
dvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
"void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
)void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
;void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);

void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
	void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
	void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
ivoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
fvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
(void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
rvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
-void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
>void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
bvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
avoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
svoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
)void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);

void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
	void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
	void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
	void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
vvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
nvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
tvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
_void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
bvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
avoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
svoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
_void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
fvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
rvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
(void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
rvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
-void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
>void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
bvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
avoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
svoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
)void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
;void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);

void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
	void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
	void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
rvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
-void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
>void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
bvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
avoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
svoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
=void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
Nvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
Uvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
Lvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
Lvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
;void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);

void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
	void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
	void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
rvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
tvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
uvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
rvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
nvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
-void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
Evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
Nvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
Ovoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
Mvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
Evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
Mvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
;void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);

void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
	void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
}void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);

void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
	void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
rvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
tvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
=void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
ivoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
ovoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
_void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
uvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
rvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
ivoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
nvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
gvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
_void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
qvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
uvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
uvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
_void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
ivoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
nvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
ivoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
tvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
_void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
pvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
avoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
rvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
avoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
mvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
svoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
(void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
rvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
ivoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
nvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
gvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
_void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
nvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
tvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
rvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
ivoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
svoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
,void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
&void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
rvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
-void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
>void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
rvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
ivoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
nvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
gvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
,void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
&void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
pvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
)void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
;void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);

void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
	void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
ivoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
fvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
(void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
rvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
tvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
<void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
0void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
)void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
{void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);

void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
	void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
	void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
lvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
ovoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
gvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
_void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
rvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
rvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
ovoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
rvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
(void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
"void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
ivoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
ovoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
_void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
uvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
rvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
ivoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
nvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
gvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
_void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
qvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
uvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
uvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
_void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
ivoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
nvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
ivoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
tvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
fvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
avoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
ivoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
lvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
dvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
nvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
tvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
rvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
ivoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
svoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
=void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
%void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
uvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
rvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
rvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
=void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
%void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
svoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
"void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);

void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
	void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
	void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
	void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
"void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
hvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
ivoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
nvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
tvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
=void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
\void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
"void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
kvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
rvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
nvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
lvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
>void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
=void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
5void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
.void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
1void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
9void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
nvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
dvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
dvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
fvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
ovoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
rvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
Svoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
Qvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
Evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
1void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
2void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
8void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
/void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
Cvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
Qvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
Evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
3void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
2void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
\void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
"void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
"void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
,void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);

void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
	void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
	void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
	void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
rvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
ivoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
nvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
gvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
_void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
nvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
tvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
rvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
ivoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
svoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
,void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
svoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
tvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
rvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
rvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
rvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
ovoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
rvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
(void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
-void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
rvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
tvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
)void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
)void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
;void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);

void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
	void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
	void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
gvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
ovoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
tvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
ovoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
rvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
rvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
_void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
bvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
avoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
svoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
;void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);

void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
	void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
}void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);

void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
	void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
rvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
-void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
>void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
fvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
dvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
=void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
vvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
nvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
tvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
fvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
dvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
(void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
0void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
,void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
Evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
Fvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
Dvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
_void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
Nvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
Ovoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
Nvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
Bvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
Lvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
Ovoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
Cvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
Kvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
|void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
Evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
Fvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
Dvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
_void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
Cvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
Lvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
Ovoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
Evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
Xvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
Evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
Cvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
)void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
;void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);

void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
	void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
ivoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
fvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
(void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
rvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
-void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
>void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
fvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
dvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
<void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
0void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
)void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
{void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);

void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
	void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
	void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
rvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
tvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
=void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
-void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
rvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
rvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
nvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
ovoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
;void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);

void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
	void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
	void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
gvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
ovoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
tvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
ovoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
rvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
rvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
_void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
rvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
ivoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
nvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
gvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
;void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);

void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
	void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
}void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);

void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
	void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
rvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
tvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
=void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
ivoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
ovoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
_void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
uvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
rvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
ivoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
nvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
gvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
_void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
rvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
gvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
ivoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
svoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
tvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
rvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
_void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
vvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
nvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
tvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
fvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
dvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
(void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
&void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
rvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
-void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
>void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
rvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
ivoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
nvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
gvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
,void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
rvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
-void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
>void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
fvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
dvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
)void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
;void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);

void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
	void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
ivoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
fvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
(void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
rvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
tvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
<void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
0void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
)void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);

void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
	void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
	void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
gvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
ovoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
tvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
ovoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
rvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
rvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
_void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
fvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
dvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
;void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);

void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
	void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
rvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
-void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
>void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
rvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
ivoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
nvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
gvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
_void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
vvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
=void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
vvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
nvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
tvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
_void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
nvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
wvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
(void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
rvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
-void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
>void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
bvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
avoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
svoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
,void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
rvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
-void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
>void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
fvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
dvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
,void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
Evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
Vvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
_void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
Rvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
Evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
Avoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
Dvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
|void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
Evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
Vvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
_void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
Pvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
Evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
Rvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
Svoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
Ivoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
Svoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
Tvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
,void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);

void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
	void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
	void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
	void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
ovoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
nvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
_void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
rvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
ivoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
nvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
gvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
_void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
rvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
avoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
dvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
yvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
,void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
rvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
)void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
;void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);

void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
	void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
rvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
-void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
>void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
kvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
ivoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
cvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
kvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
_void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
vvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
=void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
vvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
nvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
tvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
_void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
nvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
wvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
(void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
rvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
-void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
>void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
bvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
avoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
svoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
,void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
-void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
1void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
,void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
0void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
,void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
ovoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
nvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
_void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
kvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
ivoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
cvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
kvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
,void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
rvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
)void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
;void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);

void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
	void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
rvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
-void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
>void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
mvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
svoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
gvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
_void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
fvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
dvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
=void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
vvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
nvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
tvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
fvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
dvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
(void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
0void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
,void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
Evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
Fvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
Dvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
_void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
Nvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
Ovoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
Nvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
Bvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
Lvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
Ovoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
Cvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
Kvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
|void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
Evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
Fvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
Dvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
_void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
Cvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
Lvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
Ovoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
Evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
Xvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
Evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
Cvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
)void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
;void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);

void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
	void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
ivoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
fvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
(void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
rvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
-void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
>void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
mvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
svoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
gvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
_void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
fvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
dvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
<void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
0void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
)void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
{void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);

void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
	void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
	void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
rvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
tvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
=void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
-void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
rvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
rvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
nvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
ovoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
;void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);

void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
	void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
	void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
gvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
ovoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
tvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
ovoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
rvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
rvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
_void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
vvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
nvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
tvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
svoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
;void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);

void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
	void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
}void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);

void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
	void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
rvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
-void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
>void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
mvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
svoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
gvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
_void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
vvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
=void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
vvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
nvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
tvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
_void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
nvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
wvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
(void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
rvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
-void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
>void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
bvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
avoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
svoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
,void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
rvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
-void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
>void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
mvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
svoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
gvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
_void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
fvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
dvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
,void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
Evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
Vvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
_void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
Rvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
Evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
Avoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
Dvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
|void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
Evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
Vvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
_void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
Pvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
Evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
Rvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
Svoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
Ivoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
Svoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
Tvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
,void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);

void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
	void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
	void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
	void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
ovoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
nvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
_void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
mvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
svoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
gvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
_void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
rvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
avoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
dvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
yvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
,void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
rvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
)void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
;void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);

void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
	void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
ivoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
fvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
(void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
!void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
rvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
-void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
>void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
rvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
ivoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
nvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
gvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
_void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
vvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
|void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
|void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
!void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
rvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
-void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
>void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
kvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
ivoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
cvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
kvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
_void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
vvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
|void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
|void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
!void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
rvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
-void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
>void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
mvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
svoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
gvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
_void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
vvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
)void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
{void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);

void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
	void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
	void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
rvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
tvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
=void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
-void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
Evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
Nvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
Ovoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
Mvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
Evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
Mvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
;void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);

void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
	void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
	void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
gvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
ovoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
tvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
ovoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
rvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
rvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
_void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
vvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
nvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
tvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
svoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
;void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);

void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
	void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
}void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);

void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
	void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
vvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
nvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
tvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
_void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
pvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
rvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
ivoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
ovoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
rvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
ivoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
tvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
yvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
_void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
svoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
tvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
(void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
rvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
-void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
>void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
rvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
ivoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
nvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
gvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
_void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
vvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
,void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
Rvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
Evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
Avoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
Cvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
Tvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
Ovoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
Rvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
_void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
Pvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
Rvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
Ivoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
Ovoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
_void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
Ivoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
Ovoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
)void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
;void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);

void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
	void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
vvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
nvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
tvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
_void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
pvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
rvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
ivoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
ovoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
rvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
ivoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
tvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
yvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
_void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
svoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
tvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
(void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
rvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
-void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
>void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
kvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
ivoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
cvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
kvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
_void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
vvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
,void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
Rvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
Evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
Avoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
Cvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
Tvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
Ovoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
Rvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
_void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
Pvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
Rvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
Ivoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
Ovoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
_void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
Nvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
Ovoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
Rvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
Mvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
Avoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
Lvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
)void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
;void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);

void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
	void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
/void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
*void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
Mvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
svoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
svoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
avoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
gvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
svoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
bvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
rvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
ivoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
nvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
gvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
nvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
wvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
wvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
ovoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
rvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
kvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
,void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
avoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
svoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
svoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
ovoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
cvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
kvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
tvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
svoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
dvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
ovoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
,void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
avoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
nvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
dvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
tvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
avoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
kvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
tvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
uvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
rvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
nvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
svoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
wvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
ivoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
tvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
hvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
tvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
hvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
mvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
.void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);

void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
	void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
*void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
Avoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
tvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
Ivoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
Ovoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
pvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
rvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
ivoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
ovoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
rvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
ivoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
tvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
yvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
avoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
nvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
ovoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
tvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
hvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
rvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
tvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
hvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
rvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
avoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
dvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
'void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
svoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
svoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
tvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
rvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
avoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
mvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
ovoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
fvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
mvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
svoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
svoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
avoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
gvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
svoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
wvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
ovoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
uvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
lvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
dvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
hvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
ovoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
lvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
dvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);

void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
	void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
*void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
ovoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
fvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
fvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
tvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
hvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
ivoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
svoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
tvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
hvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
rvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
avoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
dvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
'void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
svoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
svoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
ovoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
cvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
kvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
tvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
svoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
:void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
tvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
hvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
avoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
tvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
lvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
vvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
lvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
rvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
uvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
nvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
svoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
avoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
lvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
ovoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
nvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
wvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
hvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
ivoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
lvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
avoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
cvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
tvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
ivoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
vvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
.void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
*void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
/void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);

void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
	void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
vvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
nvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
tvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
_void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
pvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
rvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
ivoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
ovoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
rvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
ivoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
tvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
yvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
_void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
svoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
tvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
(void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
rvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
-void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
>void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
mvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
svoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
gvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
_void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
vvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
,void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
Rvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
Evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
Avoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
Cvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
Tvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
Ovoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
Rvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
_void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
Pvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
Rvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
Ivoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
Ovoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
_void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
Nvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
Ovoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
Rvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
Mvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
Avoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
Lvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
)void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
;void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);

void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
	void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
vvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
nvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
tvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
_void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
avoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
dvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
dvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
(void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
rvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
-void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
>void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
rvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
ivoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
nvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
gvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
_void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
vvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
,void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
Nvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
Uvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
Lvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
Lvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
)void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
;void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);

void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
	void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
vvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
nvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
tvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
_void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
avoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
dvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
dvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
(void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
rvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
-void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
>void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
mvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
svoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
gvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
_void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
vvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
,void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
Nvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
Uvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
Lvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
Lvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
)void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
;void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);

void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
	void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
rvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
tvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
uvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
rvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
nvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
0void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
;void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);

void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);

void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
rvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
rvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
_void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
vvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
nvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
tvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
svoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
:void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);

void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
	void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
ivoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
fvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
(void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
rvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
-void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
>void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
rvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
ivoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
nvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
gvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
_void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
vvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
)void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);

void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
	void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
	void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
vvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
nvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
tvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
_void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
fvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
rvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
(void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
rvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
-void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
>void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
rvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
ivoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
nvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
gvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
_void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
vvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
)void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
;void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);

void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
	void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
ivoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
fvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
(void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
rvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
-void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
>void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
kvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
ivoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
cvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
kvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
_void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
vvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
)void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);

void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
	void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
	void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
vvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
nvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
tvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
_void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
fvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
rvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
(void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
rvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
-void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
>void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
kvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
ivoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
cvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
kvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
_void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
vvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
)void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
;void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);

void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
	void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
ivoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
fvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
(void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
rvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
-void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
>void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
mvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
svoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
gvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
_void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
vvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
)void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);

void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
	void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
	void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
vvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
nvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
tvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
_void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
fvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
rvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
(void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
rvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
-void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
>void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
mvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
svoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
gvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
_void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
vvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
)void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
;void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);

void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
	void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
ivoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
fvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
(void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
rvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
-void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
>void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
mvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
svoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
gvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
_void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
fvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
dvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
>void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
=void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
0void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
)void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);

void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
	void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
	void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
cvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
lvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
ovoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
svoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
(void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
rvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
-void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
>void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
mvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
svoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
gvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
_void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
fvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
dvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
)void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
;void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);

void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
rvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
rvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
_void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
fvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
dvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
:void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);

void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
	void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
cvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
lvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
ovoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
svoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
(void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
rvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
-void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
>void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
fvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
dvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
)void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
;void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);

void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
rvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
rvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
_void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
rvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
ivoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
nvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
gvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
:void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);

void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
	void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
ivoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
ovoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
_void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
uvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
rvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
ivoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
nvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
gvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
_void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
qvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
uvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
uvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
_void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
xvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
ivoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
tvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
(void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
&void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
rvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
-void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
>void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
rvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
ivoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
nvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
gvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
)void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
;void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);

void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
rvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
rvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
_void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
bvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
avoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
svoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
:void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);

void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
	void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
vvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
nvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
tvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
_void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
bvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
avoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
svoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
_void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
fvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
rvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
(void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
rvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
-void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
>void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
bvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
avoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
svoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
)void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
;void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);

void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
	void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
rvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
-void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
>void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
bvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
avoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
svoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
=void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
Nvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
Uvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
Lvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
Lvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
;void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);

void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
	void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
rvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
tvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
uvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
rvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
nvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
rvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
tvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
;void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);

void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
}void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);

void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);

void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
vvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
ovoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
ivoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
dvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
rvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
avoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
cvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
tvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
ovoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
rvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
_void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
dvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
rvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
avoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
ivoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
nvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
_void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
mvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
svoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
gvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
svoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
(void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
svoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
tvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
rvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
uvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
cvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
tvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
rvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
avoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
cvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
tvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
ovoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
rvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
*void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
rvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
)void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);

void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
{void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);

void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
	void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
svoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
tvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
rvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
uvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
cvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
tvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
rvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
avoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
cvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
tvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
ovoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
rvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
_void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
mvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
svoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
gvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
*void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
mvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
;void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);

void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);

void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
	void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
wvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
hvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
ivoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
lvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
(void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
(void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
mvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
=void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
rvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
avoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
cvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
tvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
ovoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
rvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
_void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
tvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
avoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
kvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
_void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
mvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
svoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
gvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
svoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
(void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
rvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
)void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
)void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
)void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);

void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
	void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
	void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
rvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
avoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
cvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
tvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
ovoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
rvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
_void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
rvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
uvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
nvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
_void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
mvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
svoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
gvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
svoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
(void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
mvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
)void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
;void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);

void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
}void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);

void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);

void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
vvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
ovoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
ivoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
dvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
rvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
avoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
cvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
tvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
ovoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
rvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
_void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
dvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
svoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
tvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
rvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
ovoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
yvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
(void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
svoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
tvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
rvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
uvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
cvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
tvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
rvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
avoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
cvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
tvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
ovoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
rvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
*void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
rvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
)void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);

void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
{void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);

void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
	void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
svoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
tvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
rvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
uvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
cvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
tvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
rvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
avoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
cvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
tvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
ovoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
rvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
_void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
mvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
svoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
gvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
*void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
mvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
;void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);

void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);

void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
	void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
ivoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
fvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
(void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
!void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
rvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
-void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
>void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
bvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
avoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
svoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
)void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);

void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
	void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
	void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
rvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
tvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
uvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
rvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
nvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
;void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);

void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
<void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
<void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
<void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
<void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
<void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
<void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
<void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
Hvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
Evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
Avoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
Dvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);

void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
	void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
rvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
avoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
cvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
tvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
ovoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
rvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
_void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
dvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
rvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
avoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
ivoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
nvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
_void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
mvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
svoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
gvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
svoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
(void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
rvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
)void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
;void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);

void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
=void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
=void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
=void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
=void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
=void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
=void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
=void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);

void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
	void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
wvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
hvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
ivoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
lvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
(void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
(void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
mvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
=void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
rvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
avoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
cvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
tvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
ovoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
rvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
_void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
tvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
avoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
kvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
_void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
mvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
svoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
gvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
svoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
(void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
rvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
)void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
)void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
)void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);

void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
	void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
	void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
rvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
avoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
cvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
tvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
ovoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
rvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
_void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
rvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
uvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
nvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
_void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
mvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
svoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
gvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
svoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
(void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
mvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
)void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
;void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);

void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
>void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
>void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
>void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
>void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
>void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
>void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
>void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
mvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
avoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
ivoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
lvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
bvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
ovoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
xvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
-void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
tvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
svoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
avoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
nvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);

void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
	void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
vvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
nvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
tvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
_void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
fvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
rvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
(void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
rvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
-void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
>void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
rvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
ivoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
nvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
gvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
_void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
vvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
)void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
;void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);

void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
	void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
vvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
nvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
tvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
_void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
fvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
rvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
(void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
rvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
-void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
>void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
kvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
ivoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
cvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
kvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
_void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
vvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
)void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
;void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);

void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
	void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
vvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
nvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
tvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
_void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
fvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
rvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
(void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
rvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
-void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
>void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
mvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
svoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
gvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
_void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
vvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
)void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
;void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);

void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
	void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
ivoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
ovoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
_void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
uvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
rvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
ivoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
nvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
gvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
_void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
qvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
uvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
uvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
_void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
xvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
ivoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
tvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
(void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
&void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
rvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
-void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
>void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
rvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
ivoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
nvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
gvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
)void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
;void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);

void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
	void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
cvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
lvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
ovoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
svoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
(void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
rvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
-void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
>void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
fvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
dvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
)void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
;void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);

void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
	void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
cvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
lvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
ovoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
svoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
(void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
rvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
-void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
>void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
mvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
svoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
gvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
_void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
fvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
dvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
)void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
;void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);

void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
	void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
vvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
nvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
tvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
_void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
bvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
avoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
svoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
_void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
fvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
rvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
(void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
rvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
-void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
>void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
bvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
avoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
svoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
)void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
;void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);

void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
	void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
rvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
-void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
>void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
bvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
avoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
svoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
=void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
Nvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
Uvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
Lvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
Lvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
;void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);

void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
}void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);

void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);

void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
svoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
tvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
rvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
uvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
cvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
tvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
ivoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
ovoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
_void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
uvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
rvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
ivoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
nvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
gvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
_void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
svoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
qvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
*void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
rvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
avoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
cvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
tvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
ovoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
rvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
_void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
gvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
tvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
_void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
svoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
qvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
(void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
svoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
tvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
rvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
uvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
cvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
tvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
rvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
avoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
cvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
tvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
ovoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
rvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
*void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
rvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
,void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
svoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
tvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
rvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
uvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
cvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
tvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
rvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
avoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
cvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
tvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
ovoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
rvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
_void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
ivoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
ovoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
*void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
ivoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
ovoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
)void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);

void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
{void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);

void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
	void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
svoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
tvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
rvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
uvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
cvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
tvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
ivoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
ovoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
_void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
uvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
rvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
ivoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
nvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
gvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
_void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
svoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
qvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
*void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
svoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
qvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
=void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
ivoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
ovoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
_void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
uvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
rvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
ivoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
nvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
gvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
_void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
gvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
tvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
_void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
svoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
qvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
(void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
&void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
rvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
-void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
>void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
rvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
ivoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
nvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
gvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
)void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
;void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);

void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);

void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
	void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
ivoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
fvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
(void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
!void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
svoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
qvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
)void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
{void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);

void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
	void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
	void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
rvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
avoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
cvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
tvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
ovoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
rvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
_void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
svoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
uvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
bvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
mvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
ivoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
tvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
(void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
rvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
)void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
;void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);

void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
	void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
	void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
svoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
qvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
=void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
ivoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
ovoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
_void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
uvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
rvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
ivoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
nvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
gvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
_void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
gvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
tvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
_void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
svoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
qvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
(void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
&void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
rvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
-void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
>void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
rvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
ivoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
nvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
gvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
)void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
;void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);

void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
	void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
	void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
ivoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
fvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
(void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
!void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
svoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
qvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
)void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);

void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
	void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
	void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
	void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
rvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
tvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
uvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
rvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
nvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
Nvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
Uvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
Lvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
Lvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
;void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);

void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
	void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
}void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);

void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
	void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
ivoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
ovoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
_void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
uvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
rvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
ivoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
nvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
gvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
_void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
svoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
qvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
_void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
svoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
tvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
_void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
dvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
avoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
tvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
avoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
(void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
svoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
qvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
,void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
ivoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
ovoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
)void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
;void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);

void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
	void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
rvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
-void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
>void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
svoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
qvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
_void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
uvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
nvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
svoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
uvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
bvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
mvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
ivoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
tvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
tvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
dvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
+void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
+void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
;void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);

void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
	void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
rvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
-void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
>void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
ivoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
ovoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
svoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
_void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
ivoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
nvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
_void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
fvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
lvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
ivoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
gvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
hvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
tvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
+void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
+void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
;void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);

void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
	void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
vvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
nvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
tvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
_void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
avoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
cvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
tvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
ivoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
vvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
(void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
rvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
-void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
>void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
kvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
ivoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
cvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
kvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
_void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
vvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
,void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
0void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
,void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
0void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
)void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
;void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);

void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
	void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
rvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
tvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
uvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
rvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
nvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
svoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
qvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
;void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);

void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
}void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);

void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);

void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
uvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
ivoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
nvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
tvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
6void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
4void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
_void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
tvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
rvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
avoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
cvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
tvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
ovoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
rvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
_void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
nvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
ovoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
wvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
_void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
nvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
svoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
(void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
vvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
ovoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
ivoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
dvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
)void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);

void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
{void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);

void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
	void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
svoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
tvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
rvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
uvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
cvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
tvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
tvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
ivoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
mvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
svoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
pvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
cvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
tvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
svoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
;void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);

void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);

void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
	void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
cvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
lvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
ovoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
cvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
kvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
_void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
gvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
tvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
tvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
ivoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
mvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
(void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
Cvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
Lvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
Ovoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
Cvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
Kvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
_void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
Mvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
Ovoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
Nvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
Ovoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
Tvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
Ovoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
Nvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
Ivoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
Cvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
,void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
&void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
tvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
svoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
)void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
;void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);

void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
	void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
rvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
tvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
uvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
rvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
nvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
(void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
uvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
ivoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
nvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
tvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
6void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
4void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
_void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
tvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
)void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
tvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
svoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
.void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
tvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
vvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
_void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
svoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
cvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
*void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
1void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
0void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
0void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
0void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
0void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
0void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
0void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
0void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
0void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
0void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
uvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
+void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
tvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
svoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
.void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
tvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
vvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
_void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
nvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
svoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
cvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
;void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);

void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
}void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);

void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);

void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
vvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
ovoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
ivoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
dvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
rvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
avoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
cvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
tvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
ovoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
rvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
_void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
dvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
fvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
rvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
(void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
svoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
tvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
rvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
uvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
cvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
tvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
rvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
avoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
cvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
tvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
ovoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
rvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
*void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
rvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
,void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
svoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
tvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
rvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
uvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
cvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
tvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
rvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
avoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
cvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
tvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
ovoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
rvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
_void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
dvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
fvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
rvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
rvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
dvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
*void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
dvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
)void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);

void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
{void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);

void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
	void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
ivoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
fvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
(void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
dvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
-void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
>void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
qvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
uvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
uvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
dvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
)void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);

void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
	void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
	void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
rvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
tvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
uvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
rvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
nvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
;void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);

void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
	void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
dvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
-void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
>void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
qvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
uvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
uvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
dvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
=void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
tvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
rvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
uvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
;void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);

void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
	void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
lvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
ivoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
svoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
tvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
_void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
avoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
dvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
dvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
_void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
tvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
avoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
ivoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
lvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
(void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
&void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
rvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
-void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
>void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
dvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
fvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
rvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
rvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
dvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
,void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
&void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
dvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
-void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
>void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
nvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
ovoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
dvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
)void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
;void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);

void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
	void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
vvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
nvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
tvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
_void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
avoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
cvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
tvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
ivoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
vvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
(void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
rvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
-void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
>void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
kvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
ivoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
cvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
kvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
_void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
vvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
,void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
0void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
,void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
0void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
)void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
;void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);

void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
}void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);

void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);

void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
vvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
ovoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
ivoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
dvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
rvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
avoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
cvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
tvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
ovoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
rvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
_void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
svoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
nvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
dvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
(void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
svoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
tvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
rvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
uvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
cvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
tvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
rvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
avoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
cvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
tvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
ovoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
rvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
*void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
rvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
,void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
svoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
tvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
rvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
uvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
cvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
tvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
rvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
avoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
cvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
tvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
ovoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
rvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
_void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
mvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
svoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
gvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
*void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
mvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
)void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);

void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
{void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);

void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
	void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
svoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
tvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
rvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
uvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
cvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
tvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
rvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
avoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
cvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
tvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
ovoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
rvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
_void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
mvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
svoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
gvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
*void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
hvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
avoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
dvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
=void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
avoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
tvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
ovoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
mvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
ivoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
cvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
_void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
lvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
ovoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
avoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
dvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
_void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
xvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
pvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
lvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
ivoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
cvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
ivoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
tvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
(void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
&void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
rvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
-void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
>void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
mvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
svoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
gvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
svoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
,void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);

void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
	void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
	void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
	void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
	void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
	void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
	void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
	void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
mvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
mvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
ovoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
rvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
yvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
_void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
ovoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
rvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
dvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
rvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
_void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
rvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
lvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
avoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
xvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
dvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
)void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
;void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);

void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);

void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
	void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
/void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
*void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
rvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
lvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
avoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
svoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
:void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
mvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
avoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
nvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
dvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
wvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
hvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
avoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
tvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
ivoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
tvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
cvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
avoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
rvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
rvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
ivoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
svoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
avoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
rvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
wvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
rvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
ivoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
tvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
tvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
nvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
bvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
fvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
ovoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
rvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
fvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
nvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
rvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
avoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
dvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
svoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
tvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
hvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
mvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
*void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
/void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);

void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
	void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
dvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
ovoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
{void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);

void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
	void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
	void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
mvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
-void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
>void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
nvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
xvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
tvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
=void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
hvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
avoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
dvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
;void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);

void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
	void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
}void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
wvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
hvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
ivoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
lvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
(void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
!void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
avoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
tvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
ovoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
mvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
ivoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
cvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
_void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
cvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
ovoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
mvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
pvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
avoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
rvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
_void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
xvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
cvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
hvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
avoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
nvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
gvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
_void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
wvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
avoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
kvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
_void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
xvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
pvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
lvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
ivoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
cvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
ivoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
tvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
(void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
&void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
rvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
-void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
>void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
mvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
svoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
gvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
svoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
,void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
&void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
hvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
avoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
dvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
,void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
mvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
,void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);

void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
	void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
	void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
	void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
mvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
mvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
ovoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
rvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
yvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
_void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
ovoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
rvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
dvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
rvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
_void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
rvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
lvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
avoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
svoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
,void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
mvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
mvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
ovoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
rvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
yvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
_void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
ovoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
rvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
dvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
rvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
_void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
rvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
lvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
avoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
xvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
dvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
)void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
)void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
;void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);

void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
	void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
/void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
*void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
Ovoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
nvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
lvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
yvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
tvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
hvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
fvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
ivoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
rvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
svoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
tvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
mvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
svoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
svoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
avoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
gvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
ovoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
fvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
avoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
bvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
avoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
tvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
cvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
hvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
wvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
avoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
kvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
svoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
tvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
hvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
lvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
ovoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
ovoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
pvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
:void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
tvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
hvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
rvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
svoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
tvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
fvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
ivoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
nvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
dvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);

void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
	void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
*void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
tvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
hvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
lvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
ivoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
svoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
tvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
nvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
ovoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
tvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
mvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
pvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
tvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
yvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
avoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
nvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
dvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
rvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
ivoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
dvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
ovoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
nvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
tvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
hvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
avoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
tvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
wvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
avoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
kvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
uvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
pvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
.void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
*void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
/void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);

void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
	void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
ivoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
fvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
(void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
!void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
hvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
avoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
dvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
)void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);

void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
	void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
	void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
(void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
vvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
ovoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
ivoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
dvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
)void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
vvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
nvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
tvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
fvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
dvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
_void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
wvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
rvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
ivoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
tvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
(void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
rvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
-void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
>void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
mvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
svoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
gvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
_void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
fvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
dvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
,void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
1void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
)void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
;void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);

void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
}void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);

void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);

void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
ivoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
nvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
tvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
rvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
avoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
cvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
tvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
ovoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
rvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
_void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
rvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
uvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
nvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
(void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
svoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
tvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
rvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
uvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
cvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
tvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
rvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
avoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
cvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
tvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
ovoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
rvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
*void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
rvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
)void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);

void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
{void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);

void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
	void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
rvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
tvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
uvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
rvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
nvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
vvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
nvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
tvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
_void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
bvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
avoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
svoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
_void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
dvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
ivoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
svoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
pvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
avoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
tvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
cvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
hvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
(void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
rvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
-void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
>void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
bvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
avoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
svoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
)void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
<void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
0void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
?void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
-void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
Evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
Ivoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
Ovoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
:void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
0void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
;void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);

void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
}void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);

void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);

void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
ivoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
nvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
tvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
rvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
avoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
cvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
tvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
ovoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
rvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
_void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
rvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
uvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
nvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
_void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
ovoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
nvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
cvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
(void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
svoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
tvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
rvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
uvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
cvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
tvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
rvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
avoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
cvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
tvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
ovoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
rvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
*void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
rvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
)void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);

void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
{void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);

void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
	void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
rvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
tvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
uvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
rvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
nvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
vvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
nvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
tvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
_void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
bvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
avoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
svoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
_void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
lvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
ovoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
ovoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
pvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
(void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
rvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
-void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
>void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
bvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
avoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
svoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
,void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
Evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
Vvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
Lvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
Ovoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
Ovoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
Pvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
_void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
Ovoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
Nvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
Cvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
Evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
)void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
<void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
0void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
?void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
-void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
Evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
Ivoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
Ovoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
:void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
0void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
;void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);

void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
}void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);

void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);

void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
vvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
ovoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
ivoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
dvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
rvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
avoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
cvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
tvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
ovoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
rvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
_void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
svoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
tvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
ovoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
pvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
(void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
svoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
tvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
rvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
uvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
cvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
tvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
rvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
avoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
cvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
tvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
ovoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
rvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
 void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
*void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
rvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
)void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);

void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
{void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);

void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
	void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
vvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
nvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
tvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
_void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
bvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
avoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
svoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
_void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
lvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
ovoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
ovoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
pvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
bvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
rvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
avoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
kvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
(void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
rvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
-void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
>void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
bvoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
avoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
svoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
evoid reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
)void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
;void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);

void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
}void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);

void reactor_destroy(struct reactor *r)
{
	if (!r->base)
		return;
	reactor_drain_msgs(r);
